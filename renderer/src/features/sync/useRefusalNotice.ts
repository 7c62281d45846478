import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isPublicRole, type DeviceRole } from '@core/deviceRole';
import type { SyncStatus } from '../../data/sync/syncTypes';
import { useAppStore } from '../../store/appStore';
import { useRefusalText } from './useRefusalText';

/** Refusals older than this were already shown, or happened while nobody was looking. */
const FRESH_MS = 60_000;
/** One notice per refusal, even when the indicator is mounted again after a screen change. */
let lastShownAt: string | null = null;

/**
 * Whether a refusal becomes a notice: only on the host desk (a wall display or kiosk is read by
 * passers-by who can do nothing about it), once, and only while it is fresh.
 */
export function refusalNoticeDue(role: DeviceRole, at: string | null, shownAt: string | null, now: Date): boolean {
  if (isPublicRole(role) || at === null || at === shownAt) return false;
  return now.getTime() - new Date(at).getTime() <= FRESH_MS;
}

/** Shows a change the hub refused as an error notice, in the reader's language. */
export function useRefusalNotice(role: DeviceRole, refusal: SyncStatus['lastRefusal'], now: () => Date): void {
  const { t } = useTranslation();
  const describe = useRefusalText();
  const notify = useAppStore((state) => state.notify);
  const at = refusal?.at ?? null;
  const reason = refusal ? describe(refusal.refusal) : null;
  useEffect(() => {
    if (reason === null || !refusalNoticeDue(role, at, lastShownAt, now())) return;
    lastShownAt = at;
    notify({ kind: 'error', text: t('sync.indicator.refused', { reason }) });
  }, [role, at, reason, now, notify, t]);
}
