/**
 * Turns a spreadsheet file's bytes into text. Excel's plain "CSV" on Windows is windows-1252,
 * "CSV UTF-8" starts with a byte-order mark, and old Macs wrote Mac Roman; the file itself
 * does not say which, so a BOM decides, then strict UTF-8, then windows-1252. The host may
 * pick another encoding when the preview shows broken letters.
 */
export const chosenEncodings = ['utf-8', 'windows-1252', 'macintosh'] as const;
export type ChosenEncoding = (typeof chosenEncodings)[number];
export type CsvEncoding = ChosenEncoding | 'utf-16le' | 'utf-16be';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const boms: { bytes: number[]; encoding: CsvEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  for (const bom of boms) {
    if (bom.bytes.every((byte, index) => bytes[index] === byte)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function decode(bytes: Uint8Array, encoding: CsvEncoding, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

export function decodeCsvBytes(bytes: Uint8Array, chosen?: ChosenEncoding): DecodedCsv {
  const bom = bomOf(bytes);
  // TextDecoder drops a UTF-8 BOM by itself when UTF-8 is chosen.
  if (chosen) return { text: decode(bytes, chosen), encoding: chosen };
  if (bom) return { text: decode(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/**
 * A workbook saved as .xlsx (a zip), an old .xls or a PDF is not text at all; say so instead
 * of showing a preview of garbage. UTF-16 text has zero bytes too, but it starts with a BOM.
 */
export function looksLikeBinary(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf-8') return false;
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0);
}
