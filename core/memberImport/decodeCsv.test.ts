import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, looksLikeBinary } from './decodeCsv';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a BOM as UTF-8', () => {
    expect(decodeCsvBytes(utf8('Navn\nSøren Bækgård\nJürgen Weiß'))).toEqual({ text: 'Navn\nSøren Bækgård\nJürgen Weiß', encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM (Excel "CSV UTF-8")', () => {
    const decoded = decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Navn;Æble')));
    expect(decoded).toEqual({ text: 'Navn;Æble', encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian by their BOM', () => {
    const le = bytes(0xff, 0xfe, 0x4e, 0x00, 0xf8, 0x00);
    const be = bytes(0xfe, 0xff, 0x00, 0x4e, 0x00, 0xf8);
    expect(decodeCsvBytes(le)).toEqual({ text: 'Nø', encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toEqual({ text: 'Nø', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for Excel "CSV" bytes: æøå ÆØÅ and äöüß', () => {
    const file = bytes(...ascii('Navn;By\n'), 0xe6, 0xf8, 0xe5, 0x3b, 0xc6, 0xd8, 0xc5, 0x0a, 0xe4, 0xf6, 0xfc, 0xdf);
    expect(decodeCsvBytes(file)).toEqual({ text: 'Navn;By\næøå;ÆØÅ\näöüß', encoding: 'windows-1252' });
  });

  it('decodes in the encoding the host chose, Mac Roman included', () => {
    const macRoman = bytes(0xbe, 0xbf, 0x8c, 0x20, 0x8a, 0x9a, 0x9f, 0xa7);
    expect(decodeCsvBytes(macRoman, 'macintosh')).toEqual({ text: 'æøå äöüß', encoding: 'macintosh' });
    expect(decodeCsvBytes(utf8('Søren'), 'windows-1252').text).toBe('SÃ¸ren');
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Søren')), 'utf-8').text).toBe('Søren');
  });
});

describe('looksLikeBinary', () => {
  it('spots a workbook (.xlsx is a zip) but not UTF-16 text', () => {
    expect(looksLikeBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toBe(true);
    expect(looksLikeBinary(bytes(0xff, 0xfe, 0x4e, 0x00))).toBe(false);
    expect(looksLikeBinary(utf8('Name,Email\n'))).toBe(false);
  });
});
