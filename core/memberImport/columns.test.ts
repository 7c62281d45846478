import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';

describe('guessMapping', () => {
  it('recognises Danish column names', () => {
    expect(guessMapping(['Navn', 'E-mail', 'Telefon', 'Firma', 'Kompetencer', 'Medlem siden'])).toEqual({
      name: 0, firstName: null, lastName: null, email: 1, phone: 2, company: 3, skills: 4, memberSince: 5, bio: null,
    });
  });

  it('recognises German column names', () => {
    expect(guessMapping(['Name', 'E-Mail', 'Handy', 'Unternehmen', 'Fähigkeiten', 'Mitglied seit', 'Über mich'])).toEqual({
      name: 0, firstName: null, lastName: null, email: 1, phone: 2, company: 3, skills: 4, memberSince: 5, bio: 6,
    });
  });

  it('recognises English names in any case, with extra words, and leaves unknown columns out', () => {
    expect(guessMapping(['Notes', 'MEMBER SINCE', 'full name', 'Email address (work)', 'Skills', 'Phone number'])).toEqual({
      name: 2, firstName: null, lastName: null, email: 3, phone: 5, company: null, skills: 4, memberSince: 1, bio: null,
    });
  });

  it('takes first and last name columns, and "Name" beside "Vorname" as the family name', () => {
    expect(guessMapping(['Fornavn', 'Efternavn', 'E-mail'])).toMatchObject({ name: null, firstName: 0, lastName: 1, email: 2 });
    expect(guessMapping(['Vorname', 'Name', 'Firma'])).toMatchObject({ name: null, firstName: 0, lastName: 1, company: 2 });
    expect(guessMapping(['First name', 'Last name', 'Full name'])).toMatchObject({ name: 2, firstName: 0, lastName: 1 });
  });

  it('uses each column once', () => {
    expect(guessMapping(['Navn', 'Name']).name).toBe(0);
    expect(Object.values(guessMapping(['Foo', 'Bar'])).every((column) => column === null)).toBe(true);
  });
});
