import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoursProblem } from './hoursDraft';

/** A form problem in plain words, said next to its field; null when there is none. */
export function useProblemText(): (problem: HoursProblem | null | undefined) => string | null {
  const { t } = useTranslation();
  return useCallback((problem) => (problem ? t(`projectDetail.problems.${problem}`) : null), [t]);
}
