import { describe, expect, it } from 'vitest';
import { pageLanguage } from './pageLanguage';

const query = (text: string) => new URLSearchParams(text);

describe('the language of a public project page', () => {
  it('takes ?lang= first, then the best of ours in Accept-Language, then the hub’s own', () => {
    expect(pageLanguage(query('lang=de'), 'da-DK,da;q=0.9', 'en')).toBe('de');
    expect(pageLanguage(query('lang=fr'), 'de-DE,de;q=0.9,en;q=0.8', 'da')).toBe('de');
    expect(pageLanguage(query(''), 'fr-FR, en;q=0.4, da;q=0.7', 'de')).toBe('da');
    expect(pageLanguage(query(''), 'en-GB,en;q=0.9', 'da')).toBe('en');
    expect(pageLanguage(query(''), 'fr, pl;q=0.5', 'de')).toBe('de');
    expect(pageLanguage(query(''), undefined, 'da')).toBe('da');
  });

  it('passes over a language the phone refuses (q=0) and nonsense', () => {
    expect(pageLanguage(query(''), 'da;q=0, de;q=0.1', 'en')).toBe('de');
    expect(pageLanguage(query(''), ';;;,,q=,*', 'en')).toBe('en');
    expect(pageLanguage(query(''), 'x'.repeat(10_000), 'da')).toBe('da');
  });
});
