import type { UiLanguage } from '@core/languages';
import { foldText } from '@core/search/foldText';
import type { Skill, SkillFields } from '@core/schemas';
import { skillFieldsOf, skillVocabulary } from '@core/skillVocabulary';
import type { DataContext } from './dataContext';
import { createRecord } from './recordWriter';

function namesOf(skill: Skill): string[] {
  return [skill.labels.da, skill.labels.de, skill.labels.en, ...skill.synonyms].filter(
    (name): name is string => Boolean(name),
  );
}

/** The shared vocabulary by every folded label and synonym, built on first use. */
let vocabularyByName: Map<string, SkillFields> | null = null;

function vocabularyEntryFor(folded: string): SkillFields | undefined {
  if (!vocabularyByName) {
    vocabularyByName = new Map();
    for (const entry of skillVocabulary) {
      const fields = skillFieldsOf(entry);
      for (const name of [entry.labels.da, entry.labels.de, entry.labels.en, ...entry.synonyms]) vocabularyByName.set(foldText(name), fields);
    }
  }
  return vocabularyByName.get(folded);
}

/**
 * Turns the tags a host typed into skill ids. A tag that matches any label or synonym in
 * any language reuses that skill, so "Tischler" and "snedker" end up as one skill. A tag the
 * hub has not used yet but the shared vocabulary knows becomes that skill, with all its
 * languages and synonyms; anything else becomes a new skill named as it was typed.
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
      const fields = vocabularyEntryFor(key) ?? { labels: { [language]: tag.trim() }, synonyms: [] };
      const created = await createRecord(context, 'skills', fields);
      id = created.id;
      for (const name of namesOf(created)) byName.set(foldText(name), id);
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
