import { describe, it, expect } from 'vitest';
import { skillFieldsSchema } from '../schemas';
import { skillFieldsOf, skillVocabulary } from '../skillVocabulary';

describe('default skill vocabulary', () => {
  it('names every skill in Danish, German and English', () => {
    expect(skillVocabulary.length).toBeGreaterThanOrEqual(60);
    for (const entry of skillVocabulary) {
      expect(entry.labels.da.trim()).not.toBe('');
      expect(entry.labels.de.trim()).not.toBe('');
      expect(entry.labels.en.trim()).not.toBe('');
      expect(skillFieldsSchema.safeParse(skillFieldsOf(entry)).success).toBe(true);
    }
  });

  it('has unique keys and unique English labels', () => {
    const keys = skillVocabulary.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    const labels = skillVocabulary.map((s) => s.labels.en.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lets the other country\'s trade words find a skill', () => {
    const carpentry = skillVocabulary.find((s) => s.key === 'carpentry');
    expect(carpentry?.synonyms).toEqual(expect.arrayContaining(['snedker', 'tømrer', 'Tischler', 'Schreiner']));
  });

  it('hands out copies, so a hub editing its skills cannot change the defaults', () => {
    const entry = skillVocabulary[0];
    if (!entry) throw new Error('empty vocabulary');
    const fields = skillFieldsOf(entry);
    fields.synonyms.push('changed');
    expect(entry.synonyms).not.toContain('changed');
  });
});
