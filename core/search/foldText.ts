/**
 * Folds text so that people find each other however they type: case, accents and the
 * Danish and German ways of writing the same sound all collapse to one form.
 * "Søren", "Soren" and "Soeren" fold alike; so do "Müller", "Muller" and "Mueller",
 * "Weiß" and "Weiss", "Bækgaard" and "Baekgard". Both the query and the text are folded
 * the same way, so a digraph rule only has to be consistent, not linguistically exact.
 */
const letterFolds: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

const DIGRAPHS = /ae|oe|ue|aa/g;
const DIGRAPH_FOLDS: Record<string, string> = { ae: 'a', oe: 'o', ue: 'u', aa: 'a' };

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let folded = '';
  for (const char of lower) folded += letterFolds[char] ?? char;
  return folded
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(DIGRAPHS, (pair) => DIGRAPH_FOLDS[pair] ?? pair)
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .trim();
}

/** The words of a search box, folded; empty words dropped. */
export function foldQuery(query: string): string[] {
  return foldText(query).split(' ').filter((word) => word.length > 0);
}
