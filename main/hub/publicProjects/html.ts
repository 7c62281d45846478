/**
 * HTML built from templates in which every value is escaped unless it is already `Html` (made by
 * this same template). Values from the store, the form and the request only ever enter as text,
 * so a title like `<script>` is shown, never run. Attribute values are always quoted in the
 * templates, and the quotes are escaped too.
 */
export class Html {
  constructor(readonly text: string) {}
}

type Value = string | number | Html | readonly Html[] | null | undefined | false;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

function part(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  return value.map((item) => item.text).join('');
}

export function html(strings: TemplateStringsArray, ...values: readonly Value[]): Html {
  return new Html(strings.reduce((built, text, index) => built + text + (index < values.length ? part(values[index]) : ''), ''));
}
