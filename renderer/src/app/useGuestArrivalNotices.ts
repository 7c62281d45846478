import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import type { Guest, Member } from '@core/schemas';
import { useMembersByIds, useRecentGuests } from '../data/liveQueries';
import { guestsToAnnounce, loadAnnounced, saveAnnounced } from '../features/presence/guestAnnouncements';
import { useAppStore } from '../store/appStore';
import { useBridge, useDataContext } from './services';

/** "Anna Berg is here to see Søren Østergaard": the host desk sees full names. */
export function useGuestArrivalText(): (guest: Pick<Guest, 'name' | 'visitingMemberId'>, members: readonly Member[]) => string {
  const { t } = useTranslation();
  return useCallback((guest, members) => {
    const member = members.find((candidate) => candidate.id === guest.visitingMemberId);
    return member ? t('presence.guestHereFor', { guest: guest.name, member: member.name }) : t('presence.guestHere', { guest: guest.name });
  }, [t]);
}

/**
 * Tells the host desk when a guest signs in at the kiosk: a notice in the app and a desktop
 * notification (Electron; in a browser only where the host allowed them). Other roles only
 * watch, so a kiosk never announces guests to whoever stands in front of it.
 */
export function useGuestArrivalNotices(role: DeviceRole | null): void {
  const { now } = useDataContext();
  const guests = useRecentGuests();
  const announces = role === 'host';
  // Only the hosts of today's guests: every machine runs this, and a hub may have 150,000 members.
  const members = useMembersByIds(announces ? (guests ?? []).flatMap((guest) => guest.visitingMemberId ?? []) : []);
  const notify = useAppStore((state) => state.notify);
  const bridge = useBridge();
  const { t } = useTranslation();
  const arrivalText = useGuestArrivalText();

  useEffect(() => {
    if (!announces || !guests || !members) return;
    // Saved before announcing: StrictMode's second run of this effect then finds nothing new.
    const { announce, remember } = guestsToAnnounce(guests, loadAnnounced(window.sessionStorage), now());
    saveAnnounced(window.sessionStorage, remember);
    for (const guest of announce) {
      const text = arrivalText(guest, members);
      notify({ kind: 'info', text });
      // The in-app notice is the promise; a refused desktop notification changes nothing.
      void bridge.invoke('app:notify', { title: t('presence.guestArrivedTitle'), body: text }).catch(() => false);
    }
  }, [announces, guests, members, now, notify, bridge, t, arrivalText]);
}
