/**
 * A project's summary as a document: a title, lines under it, and sections of paragraphs and
 * list items, already in the reader's words. The Markdown and the PDF file are written from
 * the same document, so they never say different things.
 */
export interface SummaryDocument {
  title: string;
  lines: string[];
  sections: { heading: string; paragraphs: string[]; items: string[] }[];
}

const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#+\-.!|~]/g;

/** Text a person typed, written so Markdown shows it as it is (a title "1. Repair" is no list). */
function plain(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`).replace(/\r?\n/g, '  \n');
}

export function summaryMarkdown(document: SummaryDocument): string {
  const parts = [`# ${plain(document.title)}`, document.lines.map(plain).join('  \n')];
  for (const section of document.sections) {
    parts.push(`## ${plain(section.heading)}`);
    parts.push(...section.paragraphs.map(plain));
    if (section.items.length > 0) parts.push(section.items.map((item) => `- ${plain(item)}`).join('\n'));
  }
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
