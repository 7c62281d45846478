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
    const ids = await resolveSkillTags(context, ['tischler', 'TOEMRER', 'Biavl', ' '], 'da');
    expect(ids[0]).toBe(carpentry.id);
    expect(ids).toHaveLength(2);
    const created = await context.db.skills.get(ids[1]!);
    expect(created?.labels).toEqual({ da: 'Biavl' });
    expect(await resolveSkillTags(context, ['biavl'], 'de')).toEqual([ids[1]]);
  });
});
