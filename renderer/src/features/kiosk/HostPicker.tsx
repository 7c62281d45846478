import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIOSK_MIN_LETTERS } from '@core/kiosk/kioskNameSearch';
import type { MemberDirectoryView } from '../../data/memberDirectory/useMemberDirectory';
import { lettersTyped } from './FindMeScreen';
import { NameMatches, shortName } from './NameMatches';
import { useNameMatches } from './useKioskNames';

/** Whom the guest visits: `id` null is "I don't know / reception". */
export interface ChosenHost {
  id: string | null;
  label: string;
}

/** Only members who agreed to be found by guests, and only as "Søren H.". */
export function HostPicker({ names, chosen, onChoose }: {
  names: MemberDirectoryView;
  chosen: ChosenHost | null;
  onChoose: (host: ChosenHost | null) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { reading, matches } = useNameMatches(names, query, { onlyVisitable: true });
  const searched = lettersTyped(query) >= KIOSK_MIN_LETTERS;
  if (chosen) {
    return (
      <div className="field kiosk-guest-host kiosk-chosen-host">
        <span className="label">{t('kiosk.guest.visiting')}</span>
        <p>
          <strong>{t('kiosk.guest.chosenHost', { name: chosen.label })}</strong>{' '}
          <button type="button" onClick={() => { setQuery(''); onChoose(null); }}>{t('kiosk.guest.changeHost')}</button>
        </p>
      </div>
    );
  }
  return (
    <div className="field kiosk-guest-host">
      <label htmlFor="kiosk-guest-host">{t('kiosk.guest.visiting')}</label>
      <input id="kiosk-guest-host" type="text" autoComplete="off" spellCheck={false} aria-describedby="kiosk-guest-host-help" value={query} onChange={(event) => { setQuery(event.target.value); }} />
      <p id="kiosk-guest-host-help" className="field-help">{t('kiosk.guest.visitingHelp')}</p>
      {searched && reading && <p role="status">{t('kiosk.findMe.reading')}</p>}
      {searched && !reading && matches.length === 0 && <p role="status">{t('kiosk.guest.noHostMatch')}</p>}
      {matches.length > 0 && (
        <NameMatches matches={matches} label={t('kiosk.guest.visitingResults')} onPick={(match) => { onChoose({ id: match.id, label: shortName(match) }); }} />
      )}
      <button type="button" className="kiosk-unknown-host" onClick={() => { onChoose({ id: null, label: t('kiosk.guest.unknownHost') }); }}>
        {t('kiosk.guest.unknownHost')}
      </button>
    </div>
  );
}
