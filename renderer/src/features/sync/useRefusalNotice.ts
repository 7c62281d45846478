import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../data/sync/syncTypes';
import { useAppStore } from '../../store/appStore';

/** Refusals older than this were already shown, or happened while nobody was looking. */
const FRESH_MS = 60_000;
/** One notice per refusal, even when the indicator is mounted again after a screen change. */
let lastShownAt: string | null = null;

/** Shows a change the hub refused as an error notice, once, in the hub's plain words. */
export function useRefusalNotice(refusal: SyncStatus['lastRefusal'], now: () => Date): void {
  const { t } = useTranslation();
  const notify = useAppStore((state) => state.notify);
  const at = refusal?.at ?? null;
  const reason = refusal?.reason ?? null;
  useEffect(() => {
    if (at === null || reason === null || at === lastShownAt) return;
    lastShownAt = at;
    if (now().getTime() - new Date(at).getTime() > FRESH_MS) return;
    notify({ kind: 'error', text: t('sync.indicator.refused', { reason }) });
  }, [at, reason, now, notify, t]);
}
