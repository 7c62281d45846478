import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Refusal } from '@core/sync/refusals';

/**
 * A refusal code from the hub (a refused change, a rejected booking) in the reader's language.
 * The hub sends codes only, so a German desk never shows an English reason.
 */
export function refusalText(t: TFunction, refusal: Refusal): string {
  switch (refusal.code) {
    case 'clockAhead':
      return t('sync.refusal.clockAhead', { count: refusal.params.minutes });
    case 'invalidRecord':
      return refusal.params.field ? t('sync.refusal.invalidRecord', { field: refusal.params.field }) : t('sync.refusal.invalidRecordWhole');
    case 'roleCannotWrite':
      return t(`sync.refusal.roleCannotWrite.${refusal.params.role}`);
    default:
      return t(`sync.refusal.${refusal.code}`);
  }
}

export function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useTranslation();
  return useCallback((refusal: Refusal) => refusalText(t, refusal), [t]);
}
