/** Reading cell values the way Danish, German and English spreadsheets write them. */

const dayFirst = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/;
const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Excel may add a time to a date cell ("2024-03-01 00:00:00"). */
const trailingTime = /\s+\d{1,2}[:.]\d{2}([:.]\d{2})?$/;

/** "31.12.2024", "31-12-2024" or "2024-12-31" as an ISO date; null when it is no real date. */
export function parseSpreadsheetDate(text: string): string | null {
  const value = text.trim().replace(trailingTime, '');
  const dayMatch = dayFirst.exec(value);
  const yearMatch = dayMatch ? null : yearFirst.exec(value);
  const parts = dayMatch ? [dayMatch[3], dayMatch[2], dayMatch[1]] : yearMatch ? [yearMatch[1], yearMatch[2], yearMatch[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "Tømrer, Maler; Web | IT" as tags, each once. */
export function splitSkillCell(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(/[,;|]/)) {
    const tag = part.trim();
    if (tag && !tags.some((known) => known.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/** Only the digits, "00" read as "+": "+45 12 34 56 78", "+4512345678" and "0045 12345678" are one phone. */
export function phoneDigits(phone: string): string {
  return phone.trim().replace(/^00/, '+').replace(/\D/g, '');
}
