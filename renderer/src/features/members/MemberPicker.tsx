import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MemberAvatar } from './MemberAvatar';
import { useMemberNameMatches } from './useMemberNameMatches';

const MAX_MATCHES = 8;

/**
 * Picks one active member by name on a host screen, from the machine's kept-alive member
 * directory (the board's index), so it answers at once in a hub of any size.
 */
export function MemberPicker({ label, memberId, memberName, onChange }: {
  label: string;
  memberId: string | null;
  /** The chosen member's name, known to the caller (it may not be read into the directory yet). */
  memberName: string | undefined;
  onChange: (memberId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const helpId = useId();
  const { matches, reading, member } = useMemberNameMatches(query, MAX_MATCHES);

  if (memberId !== null) {
    const name = memberName ?? member(memberId)?.name ?? '';
    return (
      <div className="field member-picker">
        <span className="label">{label}</span>
        <p className="member-picker-chosen">
          <MemberAvatar name={name} photo={member(memberId)?.photo ?? null} />
          <span>{t('members.picker.chosen', { name })}</span>
          <button type="button" onClick={() => { onChange(null); }}>{t('members.picker.change')}</button>
        </p>
      </div>
    );
  }
  return (
    <div className="field member-picker">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('members.picker.search')}
        aria-describedby={helpId}
        value={query}
        onChange={(event) => { setQuery(event.target.value); }}
      />
      <p id={helpId} className="field-help">{t('members.picker.searchHelp')}</p>
      {reading && query.trim() !== '' && <p className="muted" role="status">{t('members.picker.reading')}</p>}
      {matches.length > 0 && (
        <ul className="member-picker-matches" aria-label={t('members.picker.results')}>
          {matches.map((match) => (
            <li key={match.id}>
              <button type="button" aria-label={t('members.picker.choose', { name: match.name })} onClick={() => { onChange(match.id); setQuery(''); }}>
                <MemberAvatar name={match.name} photo={match.photo} />
                <span>{match.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!reading && query.trim() !== '' && matches.length === 0 && <p className="muted" role="status">{t('members.picker.none', { query: query.trim() })}</p>}
    </div>
  );
}
