import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { Dialog } from '../../app/Dialog';
import { MemberAvatar } from '../members/MemberAvatar';

/** The host checks a member in by name, for someone who walked past the kiosk. */
export function CheckInMemberDialog({ findMembers, onCheckIn, onClose }: {
  findMembers: (query: string) => Member[];
  onCheckIn: (member: Member) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const helpId = useId();
  const matches = findMembers(query);

  const choose = async (member: Member) => {
    setBusy(true);
    try {
      await onCheckIn(member);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('presence.checkInTitle')} onClose={onClose} className="check-in-dialog">
      <h2>{t('presence.checkInTitle')}</h2>
      <div className="field">
        <label htmlFor={inputId}>{t('presence.searchLabel')}</label>
        <input
          id={inputId}
          type="search"
          autoComplete="off"
          aria-describedby={helpId}
          value={query}
          onChange={(event) => { setQuery(event.target.value); }}
        />
        <p id={helpId} className="field-help">{t('presence.checkInHelp')}</p>
      </div>
      {matches.length > 0 && (
        <ul className="check-in-matches" aria-label={t('presence.searchResults')}>
          {matches.map((member) => (
            <li key={member.id}>
              <button type="button" disabled={busy} onClick={() => { void choose(member); }}>
                <MemberAvatar name={member.name} photo={member.photo} />
                <span>{member.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() !== '' && matches.length === 0 && <p className="muted" role="status">{t('presence.noMatches', { query: query.trim() })}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>{t('presence.close')}</button>
      </div>
    </Dialog>
  );
}
