/**
 * How deep arrays and objects nest in a JSON text, found without parsing it. JSON.parse and the
 * recursive zod schemas recurse once per level; a few thousand `[` overflow the stack with a
 * RangeError. A linear scan over the raw text is cheap and cannot recurse, so frames are
 * measured with it before anything parses them.
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * True when no array or object in `text` nests deeper than `limit`. Brackets inside strings do
 * not count; an escaped quote does not end a string. The text need not be valid JSON: invalid
 * text is refused later by JSON.parse, this only decides whether parsing it is safe.
 */
export function nestsAtMost(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_ARRAY || char === OPEN_OBJECT) {
      depth++;
      if (depth > limit) return false;
    } else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) {
      depth--;
    }
  }
  return true;
}
