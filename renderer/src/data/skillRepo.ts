import type { UiLanguage } from '@core/languages';
import { foldText } from '@core/search/foldText';
import type { Skill } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord } from './recordWriter';

function namesOf(skill: Skill): string[] {
  return [skill.labels.da, skill.labels.de, skill.labels.en, ...skill.synonyms].filter(
    (name): name is string => Boolean(name),
  );
}

/**
 * Turns the tags a host typed into skill ids. A tag that matches any label or synonym in
 * any language reuses that skill, so "Tischler" and "snedker" end up as one skill; an
 * unknown tag becomes a new skill named in the language it was typed in.
 */
export async function resolveSkillTags(
  context: DataContext,
  tags: readonly string[],
  language: UiLanguage,
): Promise<string[]> {
  const skills = await context.db.skills.filter((skill) => !skill.deleted).toArray();
  const byName = new Map<string, string>();
  for (const skill of skills) for (const name of namesOf(skill)) byName.set(foldText(name), skill.id);
  const ids: string[] = [];
  for (const tag of tags) {
    const key = foldText(tag);
    if (!key) continue;
    let id = byName.get(key);
    if (!id) {
      const created = await createRecord(context, 'skills', { labels: { [language]: tag.trim() }, synonyms: [] });
      id = created.id;
      byName.set(key, id);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
