import { describe, expect, it } from 'vitest';
import { foldQuery, foldText } from './foldText';

describe('foldText', () => {
  it.each([
    ['Søren', 'Soren'],
    ['Søren', 'SOEREN'],
    ['Müller', 'Muller'],
    ['Müller', 'Mueller'],
    ['Weiß', 'weiss'],
    ['Bækgaard', 'Baekgard'],
    ['Åse', 'Aase'],
    ['Åse', 'ase'],
    ['Schröder', 'Schroeder'],
    ['José', 'jose'],
  ])('folds %s and %s alike', (a, b) => {
    expect(foldText(a)).toBe(foldText(b));
  });

  it('keeps different names apart', () => {
    expect(foldText('Lars')).not.toBe(foldText('Lise'));
  });

  it('splits a query into folded words and drops punctuation', () => {
    expect(foldQuery('  Web-Design, Nakskov ')).toEqual(['web', 'design', 'nakskov']);
    expect(foldQuery('   ')).toEqual([]);
  });
});
