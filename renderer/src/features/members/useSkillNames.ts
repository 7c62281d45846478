import { useMemo } from 'react';
import type { Skill } from '@core/schemas';
import { skillLabel } from '@core/search/memberWords';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** Skill id to its name in the language on screen (falling back to any language it has). */
export function useSkillNames(skills: readonly Skill[]): Map<string, string> {
  const language = useUiLanguage();
  return useMemo(() => new Map(skills.map((skill) => [skill.id, skillLabel(skill, language)])), [skills, language]);
}
