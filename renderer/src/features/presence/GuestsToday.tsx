import { useTranslation } from 'react-i18next';
import type { Guest } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import type { GuestRow } from './useTodayScreen';
import { EmptyState } from '../../app/EmptyState';
import { GuestPurpose } from './GuestPurpose';

/** Today's guests, newest first; those still here can be signed out. */
export function GuestsToday({ guests, onSignOut }: { guests: readonly GuestRow[]; onSignOut: (guest: Guest) => void }) {
  const { t } = useTranslation();
  const { timeOfDay: time } = useFormatting();
  return (
    <section className="card today-panel" aria-labelledby="guests-title">
      <div className="section-heading">
        <h2 id="guests-title">{t('presence.guestsTitle')}</h2>
        <span className="muted">{t('presence.guestsCount', { count: guests.length })}</span>
      </div>
      {guests.length === 0 ? (
        <EmptyState title={t('presence.noGuests')} help={t('presence.noGuestsHelp')} />
      ) : (
        <ul className="today-list" aria-label={t('presence.guestsList')}>
          {guests.map(({ guest, visiting }) => (
            <li key={guest.id} className="today-row">
              <div className="today-row-text">
                <strong>{guest.name}</strong>
                {guest.company && <span>{guest.company}</span>}
                <span>{visiting ? t('presence.visiting', { name: visiting.name }) : t('presence.visitingNobody')}</span>
                <GuestPurpose purpose={guest.purpose} />
                <span className="muted">
                  {t('presence.arrived', { time: time(guest.arrivedAt) })}
                  {guest.leftAt && <span className="today-desk">{t('presence.left', { time: time(guest.leftAt) })}</span>}
                </span>
              </div>
              {!guest.leftAt && (
                <button type="button" aria-label={t('presence.signOutGuest', { name: guest.name })} onClick={() => { onSignOut(guest); }}>
                  {t('presence.signOut')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
