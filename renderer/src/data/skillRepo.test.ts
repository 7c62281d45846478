import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from './dataContext';
import { createRecord } from './recordWriter';
import { resolveSkillTags } from './skillRepo';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('resolveSkillTags', () => {
  it('reuses a skill named in another language or by a synonym, and creates unknown ones', async () => {
    context = await openTestContext();
    const carpentry = await createRecord(context, 'skills', { labels: { da: 'Snedker', de: 'Tischler', en: 'Carpentry' }, synonyms: ['Tømrer'] });
    const ids = await resolveSkillTags(context, ['tischler', 'TOEMRER', 'Pølsemager', ' '], 'da');
    expect(ids[0]).toBe(carpentry.id);
    expect(ids).toHaveLength(2);
    const created = await context.db.skills.get(ids[1]!);
    expect(created?.labels).toEqual({ da: 'Pølsemager' });
    expect(await resolveSkillTags(context, ['POELSEMAGER'], 'de')).toEqual([ids[1]]);
  });

  it('takes a skill the hub has not used yet from the shared vocabulary, with every language', async () => {
    context = await openTestContext();
    const ids = await resolveSkillTags(context, ['Snedker', 'tischlerei'], 'da');
    expect(ids).toHaveLength(1);
    const created = await context.db.skills.get(ids[0]!);
    expect(created?.labels).toEqual({ da: 'Tømrer- og snedkerarbejde', de: 'Tischlerei', en: 'Carpentry' });
    expect(created?.synonyms).toContain('Tischler');
    expect(await context.db.skills.count()).toBe(1);
  });
});
