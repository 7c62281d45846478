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
 * Shows a change the hub refused as an error notice, once, in the reader's language. Only on
 * the host desk: a wall display or kiosk is read by passers-by who can do nothing about it.
 */
export function useRefusalNotice(role: DeviceRole, refusal: SyncStatus['lastRefusal'], now: () => Date): void {
  const { t } = useTranslation();
  const describe = useRefusalText();
  const notify = useAppStore((state) => state.notify);
  const at = refusal?.at ?? null;
  const reason = refusal ? describe(refusal.refusal) : null;
  const shows = !isPublicRole(role);
  useEffect(() => {
    if (!shows || at === null || reason === null || at === lastShownAt) return;
    lastShownAt = at;
    if (now().getTime() - new Date(at).getTime() > FRESH_MS) return;
    notify({ kind: 'error', text: t('sync.indicator.refused', { reason }) });
  }, [shows, at, reason, now, notify, t]);
}
