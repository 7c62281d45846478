import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIOSK_MIN_LETTERS, type KioskNameMatch } from '@core/kiosk/kioskNameSearch';
import type { MemberDirectoryView } from '../../data/memberDirectory/useMemberDirectory';
import type { KioskDirection } from './kioskFlow';
import { NameMatches } from './NameMatches';
import { useNameMatches } from './useKioskNames';

export function lettersTyped(query: string): number {
  return query.replace(/[^\p{L}]/gu, '').length;
}

export function FindMeScreen({ direction, names, onPick, onBack }: {
  direction: KioskDirection;
  names: MemberDirectoryView;
  onPick: (match: KioskNameMatch) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { reading, matches } = useNameMatches(names, query);
  const searched = lettersTyped(query) >= KIOSK_MIN_LETTERS;
  return (
    <div className="kiosk-screen">
      <h1>{direction === 'in' ? t('kiosk.findMe.titleIn') : t('kiosk.findMe.titleOut')}</h1>
      <div className="field kiosk-name-field">
        <label htmlFor="kiosk-name">{t('kiosk.findMe.nameLabel')}</label>
        <input
          id="kiosk-name"
          type="text"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          autoFocus
          aria-describedby="kiosk-name-help"
          value={query}
          onChange={(event) => { setQuery(event.target.value); }}
        />
        <p id="kiosk-name-help" className="field-help">{t('kiosk.findMe.nameHelp')}</p>
      </div>
      {searched && reading && <p role="status">{t('kiosk.findMe.reading')}</p>}
      {searched && !reading && matches.length === 0 && <p role="status">{t('kiosk.findMe.noMatch')}</p>}
      {matches.length > 0 && <NameMatches matches={matches} label={t('kiosk.findMe.results')} onPick={onPick} />}
      <button type="button" className="kiosk-back" onClick={onBack}>{t('kiosk.findMe.back')}</button>
    </div>
  );
}
