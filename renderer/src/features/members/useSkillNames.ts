import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '@core/languages';
import type { Skill } from '@core/schemas';
import { skillLabel } from '@core/search/memberSearchIndex';

/** Skill id to its name in the language on screen (falling back to any language it has). */
export function useSkillNames(skills: readonly Skill[]): Map<string, string> {
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => new Map(skills.map((skill) => [skill.id, skillLabel(skill, language)])), [skills, language]);
}
