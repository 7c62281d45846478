import { foldText } from '../search/foldText';

/** The member fields a spreadsheet column can fill. */
export const importFields = ['name', 'firstName', 'lastName', 'email', 'phone', 'company', 'skills', 'memberSince', 'bio'] as const;
export type ImportField = (typeof importFields)[number];

/** Which column (by index) fills which field; null leaves the field empty. */
export type ColumnMapping = Record<ImportField, number | null>;

/** Column names hosts use in Danish, German and English spreadsheets, compared folded. */
const headerNames: Record<ImportField, string[]> = {
  name: ['Navn', 'Fulde navn', 'Fuldt navn', 'Medlem', 'Name', 'Vollständiger Name', 'Mitglied', 'Full name', 'Member'],
  firstName: ['Fornavn', 'Vorname', 'First name', 'Given name', 'Forename'],
  lastName: ['Efternavn', 'Nachname', 'Familienname', 'Last name', 'Surname', 'Family name'],
  email: ['E-mail', 'Email', 'Mail', 'E-mailadresse', 'E-Mail-Adresse', 'Email address', 'E-mail address'],
  phone: ['Telefon', 'Tlf', 'Tlf.', 'Telefonnummer', 'Mobil', 'Mobilnummer', 'Handy', 'Phone', 'Phone number', 'Mobile', 'Telephone'],
  company: ['Firma', 'Virksomhed', 'Unternehmen', 'Company', 'Organisation', 'Organization', 'Business'],
  skills: ['Kompetencer', 'Færdigheder', 'Evner', 'Fähigkeiten', 'Kompetenzen', 'Kenntnisse', 'Skills'],
  memberSince: ['Medlem siden', 'Indmeldt', 'Startdato', 'Mitglied seit', 'Eintritt', 'Eintrittsdatum', 'Member since', 'Joined', 'Start date'],
  bio: ['Om', 'Beskrivelse', 'Præsentation', 'Über mich', 'Beschreibung', 'Bio', 'About', 'Description'],
};

const foldedNames = new Map<ImportField, Set<string>>(
  importFields.map((field) => [field, new Set(headerNames[field].map(foldText))]),
);

function matches(field: ImportField, header: string, loose: boolean): boolean {
  const folded = foldText(header);
  const names = foldedNames.get(field) ?? new Set<string>();
  if (names.has(folded)) return true;
  // "E-mail (privat)", "Navn på medlem": a known name as a whole word of a longer header.
  return loose && [...names].some((name) => name.length >= 4 && ` ${folded} `.includes(` ${name} `));
}

/**
 * The mapping a host most likely wants: exact names first, then headers that contain one.
 * Beside a first-name column, a lone "Name" column is the family name ("Vorname; Name").
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const mapping = Object.fromEntries(importFields.map((field) => [field, null])) as ColumnMapping;
  const used = new Set<number>();
  for (const loose of [false, true]) {
    for (const field of importFields) {
      if (mapping[field] !== null) continue;
      const index = header.findIndex((cell, column) => !used.has(column) && matches(field, cell, loose));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  if (mapping.firstName !== null && mapping.lastName === null && mapping.name !== null) {
    mapping.lastName = mapping.name;
    mapping.name = null;
  }
  return mapping;
}

/** A member's name comes from a full-name column, or from first and last name together. */
export function hasNameColumn(mapping: ColumnMapping): boolean {
  return mapping.name !== null || mapping.firstName !== null || mapping.lastName !== null;
}
