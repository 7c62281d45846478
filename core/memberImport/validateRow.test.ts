import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { validateRow } from './validateRow';
import { parseSpreadsheetDate, splitSkillCell } from './values';

const mapping = guessMapping(['Navn', 'E-mail', 'Telefon', 'Firma', 'Kompetencer', 'Medlem siden']);
const today = '2026-12-02';

describe('validateRow', () => {
  it('makes a private, active-to-be member from a good row', () => {
    const result = validateRow([' Jens  Hansen ', 'jens@example.dk', '+45 12 34 56 78', 'Smedjen', 'Tømrer; Web | IT', '01.03.2024'], mapping, today);
    expect(result).toEqual({
      ok: true,
      member: {
        name: 'Jens Hansen', photo: null, company: 'Smedjen', bio: '', offers: [], needs: [], languages: [],
        email: 'jens@example.dk', phone: '+45 12 34 56 78', plan: 'flex', memberSince: '2024-03-01', consent: {},
        skillTags: ['Tømrer', 'Web', 'IT'],
      },
    });
  });

  it('fills an empty "member since" with today and leaves unmapped fields empty', () => {
    const result = validateRow(['Anna'], guessMapping(['Name']), today);
    expect(result.ok && result.member).toMatchObject({ name: 'Anna', email: '', phone: '', memberSince: today, skillTags: [] });
  });

  it('joins first and last name when there is no full-name column', () => {
    const split = guessMapping(['Vorname', 'Name', 'E-Mail']);
    expect(validateRow(['Anke', 'Weiß', 'anke@example.de'], split, today)).toMatchObject({ ok: true, member: { name: 'Anke Weiß' } });
    expect(validateRow(['', 'Weiß', ''], split, today)).toMatchObject({ ok: true, member: { name: 'Weiß' } });
    expect(validateRow(['', '', 'x@example.de'], split, today)).toMatchObject({ ok: false, reasons: ['nameMissing'] });
  });

  it('gives every reason a bad row has, as codes', () => {
    expect(validateRow(['', 'not-an-email', 'ring mig', '', '', '31.02.2024'], mapping, today)).toEqual({
      ok: false, name: '', reasons: ['nameMissing', 'emailInvalid', 'phoneInvalid', 'dateInvalid'],
    });
    expect(validateRow(['x'.repeat(121), '', '', 'y'.repeat(121), 'z'.repeat(61), 'i går'], mapping, today)).toEqual({
      ok: false, name: 'x'.repeat(121), reasons: ['nameTooLong', 'companyTooLong', 'dateInvalid', 'skillTooLong'],
    });
    const manySkills = Array.from({ length: 51 }, (_, index) => `Skill ${index}`).join(',');
    expect(validateRow(['Mette', '', '', '', manySkills, ''], mapping, today)).toEqual({ ok: false, name: 'Mette', reasons: ['tooManySkills'] });
  });
});

describe('cell values', () => {
  it('reads dd.mm.yyyy, dd-mm-yyyy and yyyy-mm-dd, with or without a time', () => {
    expect(parseSpreadsheetDate('1.3.2024')).toBe('2024-03-01');
    expect(parseSpreadsheetDate('15-08-2023')).toBe('2023-08-15');
    expect(parseSpreadsheetDate('2022-12-31')).toBe('2022-12-31');
    expect(parseSpreadsheetDate('2022-12-31 00:00:00')).toBe('2022-12-31');
    expect(parseSpreadsheetDate('29.02.2023')).toBeNull();
    expect(parseSpreadsheetDate('03/01/2024')).toBeNull();
    expect(parseSpreadsheetDate('March 2024')).toBeNull();
  });

  it('splits skills on , ; and | and keeps each once', () => {
    expect(splitSkillCell('Snedker, Tischler;snedker | | Web')).toEqual(['Snedker', 'Tischler', 'Web']);
  });
});
