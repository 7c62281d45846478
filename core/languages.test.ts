import { describe, expect, it } from 'vitest';
import { uiLanguageFrom } from './languages';

describe('the interface language', () => {
  it('is the first candidate we speak', () => {
    expect(uiLanguageFrom(['pl', 'de', 'en'])).toBe('de');
    expect(uiLanguageFrom(['en'])).toBe('en');
  });

  it('is Danish when no candidate is one of ours', () => {
    expect(uiLanguageFrom([])).toBe('da');
    expect(uiLanguageFrom(['sv', undefined, 'EN'])).toBe('da');
  });
});
