import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personKey } from '@core/projects/membership';
import { useCitizens } from '../../../data/projects/pinboardQueries';
import { MemberAvatar } from '../../members/MemberAvatar';
import { useMemberNameMatches } from '../../members/useMemberNameMatches';
import { citizenMatches, withoutPerson, withPerson, type PickedPerson } from './personSearch';
import './projectDetail.css';

const MAX_MATCHES = 8;

/**
 * Picks members and registered citizens by name on a host desk: several at once (a clean-up
 * day's hours, a group) or one (`multiple: false`). Members come from the machine's member
 * directory, citizens from the host's list; each match says which it is in words.
 */
export function PersonPicker({ label, help, people, onChange, multiple = true, error, exclude }: {
  label: string;
  help?: string;
  people: readonly PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  multiple?: boolean;
  /** Said under the field, in words (say, "Choose at least one person"). */
  error?: string | null;
  /** People not to offer (`personKey`s: say, those already in the group). */
  exclude?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const { matches: members, reading } = useMemberNameMatches(query, MAX_MATCHES);
  const citizenRows = useCitizens();
  const citizens = useMemo(() => citizenMatches(citizenRows ?? [], query, MAX_MATCHES), [citizenRows, query]);
  const chosen = new Set(people.map(personKey));
  const pick = (person: PickedPerson) => { onChange(withPerson(people, person, multiple)); setQuery(''); };
  const found = [
    ...members.map((member) => ({ person: { memberId: member.id, citizenId: null, name: member.name } satisfies PickedPerson, photo: member.photo, citizen: false })),
    ...citizens.map((citizen) => ({ person: { memberId: null, citizenId: citizen.id, name: citizen.name } satisfies PickedPerson, photo: null, citizen: true })),
  ].filter(({ person }) => !chosen.has(personKey(person)) && exclude?.has(personKey(person)) !== true);
  const searching = query.trim() !== '';
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={`field person-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {people.length > 0 && (
        <ul className="chips person-picker-chosen" aria-label={t('projectDetail.people.chosen', { count: people.length })}>
          {people.map((person) => (
            <li key={personKey(person)} className="chip">
              {person.name}
              {person.citizenId !== null && <span className="muted"> ({t('projectDetail.people.citizen')})</span>}
              <button type="button" className="chip-remove" aria-label={t('projectDetail.people.remove', { name: person.name })} onClick={() => { onChange(withoutPerson(people, person)); }}>×</button>
            </li>
          ))}
        </ul>
      )}
      <input id={inputId} type="search" autoComplete="off" spellCheck={false} placeholder={t('projectDetail.people.search')} aria-describedby={describedBy} aria-invalid={Boolean(error)} value={query} onChange={(event) => { setQuery(event.target.value); }} />
      {help && <p id={helpId} className="field-help">{help}</p>}
      {error && <p id={errorId} className="field-error">{error}</p>}
      {searching && reading && <p className="muted" role="status">{t('projectDetail.people.reading')}</p>}
      {found.length > 0 && (
        <ul className="person-picker-matches" aria-label={t('projectDetail.people.results')}>
          {found.map(({ person, photo, citizen }) => (
            <li key={personKey(person)}>
              <button type="button" onClick={() => { pick(person); }}>
                <MemberAvatar name={person.name} photo={photo} />
                <span className="visually-hidden">{t(multiple ? 'projectDetail.people.add' : 'projectDetail.people.choose')}</span>
                <span>{person.name}</span>
                <span className="muted">{citizen ? t('projectDetail.people.citizen') : t('projectDetail.people.member')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {searching && !reading && found.length === 0 && <p className="muted" role="status">{t('projectDetail.people.none', { query: query.trim() })}</p>}
    </div>
  );
}
