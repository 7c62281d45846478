import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { digestDue, digestIsEmpty, lastDigestSchema, type DigestCounts, type LastDigest } from '@core/projects/digest';
import { zonedDateOf, zonedTimeOf } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useBridge, useDataContext } from '../../app/services';
import { useHubTimeZone } from '../../data/liveQueries';
import { readDigestCounts } from '../../data/projects/digestQueries';
import { useAppStore } from '../../store/appStore';

const STORAGE_KEY = 'landhub.lastProjectDigest';
const LOOK_EVERY_MS = 5 * 60_000;

/** The last digest lives in this machine's local storage: a damaged entry counts as none. */
function loadLast(): LastDigest | null {
  try {
    const parsed = lastDigestSchema.safeParse(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "Since yesterday on the pinboard: 2 new ideas, 5 comments and 3 entries of hours to approve." */
function useDigestText(): (counts: DigestCounts) => string {
  const { t } = useTranslation();
  const { list } = useFormatting();
  return useCallback((counts: DigestCounts) => {
    const parts: string[] = [];
    if (counts.newProjects > 0) parts.push(t('pinboard.digest.newProjects', { count: counts.newProjects }));
    if (counts.comments > 0) parts.push(t('pinboard.digest.comments', { count: counts.comments }));
    if (counts.joined > 0) parts.push(t('pinboard.digest.joined', { count: counts.joined }));
    if (counts.pendingHours > 0) parts.push(t('pinboard.digest.pendingHours', { count: counts.pendingHours }));
    if (counts.pendingOffers > 0) parts.push(t('pinboard.digest.pendingOffers', { count: counts.pendingOffers }));
    return t('pinboard.digest.text', { what: list(parts) });
  }, [t, list]);
}

/**
 * The host desk's daily digest of the pinboard: once a day from eight on the hub's clock, one
 * notice (and a desktop notification) of what happened since the last one, never an empty one.
 * Other roles never show it. It looks again every few minutes, so a desk left open gets the next day's.
 */
export function useProjectDigest(role: DeviceRole | null): void {
  const { db, now } = useDataContext();
  const zone = useHubTimeZone();
  const notify = useAppStore((state) => state.notify);
  const bridge = useBridge();
  const { t } = useTranslation();
  const digestText = useDigestText();
  useEffect(() => {
    if (role !== 'host') return undefined;
    let stopped = false;
    const look = async () => {
      const at = now();
      const today = zonedDateOf(at, zone);
      const due = digestDue(loadLast(), today, zonedTimeOf(at, zone), at);
      if (!due) return;
      const counts = await readDigestCounts(db, due.since);
      if (stopped || digestIsEmpty(counts)) return;
      // Saved before telling: a second tab or StrictMode's second run then finds it done.
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ day: today, at: at.toISOString() } satisfies LastDigest));
      const text = digestText(counts);
      notify({ kind: 'attention', text });
      void bridge.invoke('app:notify', { title: t('pinboard.digest.title'), body: text }).catch(() => false);
    };
    void look();
    const timer = window.setInterval(() => { void look(); }, LOOK_EVERY_MS);
    return () => { stopped = true; window.clearInterval(timer); };
  }, [role, db, now, zone, notify, bridge, t, digestText]);
}
