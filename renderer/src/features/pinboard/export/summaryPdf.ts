import type { SummaryDocument } from './summaryDocument';

const PAGE = { width: 210, height: 297, margin: 20 };
const SIZES = { title: 20, heading: 14, body: 11 };
const LINE = 1.45;
const MM_PER_PT = 25.4 / 72;

/**
 * The PDF's standard fonts write Windows-1252 only: Danish and German letters are in it, an
 * emoji or a Greek letter is not and becomes "?" instead of a broken glyph.
 */
function winAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- the whole Latin-1 range is what the font writes
  return text.normalize('NFC').replace(/[^\u0000-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/gu, '?');
}

/** The summary as an A4 PDF (jsPDF, loaded only when a host asks for one). */
export async function summaryPdf(document: SummaryDocument, language: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'mm', format: 'a4' });
  pdf.setLanguage(language === 'da' ? 'da' : language === 'de' ? 'de-DE' : 'en-GB');
  pdf.setProperties({ title: winAnsi(document.title) });
  const width = PAGE.width - 2 * PAGE.margin;
  let y = PAGE.margin;
  const write = (text: string, size: number, style: 'normal' | 'bold', indent = 0) => {
    pdf.setFont('helvetica', style);
    pdf.setFontSize(size);
    const height = size * MM_PER_PT * LINE;
    for (const line of pdf.splitTextToSize(winAnsi(text), width - indent) as string[]) {
      if (y + height > PAGE.height - PAGE.margin) {
        pdf.addPage();
        y = PAGE.margin;
      }
      y += height;
      pdf.text(line, PAGE.margin + indent, y);
    }
  };
  write(document.title, SIZES.title, 'bold');
  y += 2;
  for (const line of document.lines) write(line, SIZES.body, 'normal');
  for (const section of document.sections) {
    y += 5;
    write(section.heading, SIZES.heading, 'bold');
    for (const paragraph of section.paragraphs) write(paragraph, SIZES.body, 'normal');
    for (const item of section.items) write(`•  ${item}`, SIZES.body, 'normal', 3);
  }
  return pdf.output('blob');
}
