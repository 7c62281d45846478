import { useTranslation } from 'react-i18next';
import { Pinboard } from '../pinboard/Pinboard';

/**
 * The public projects at the kiosk, for the member who checked in with a card or PIN: they say
 * "I'm in", follow, take a task or log hours as themselves. The idle reset closes it like any screen.
 */
export function KioskProjectsScreen({ memberId, firstName, onDone }: { memberId: string; firstName: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-screen kiosk-projects">
      <Pinboard actor={{ kind: 'member', memberId, name: firstName }} publicOnly />
      <button type="button" className="primary kiosk-done" onClick={onDone}>{t('kiosk.confirm.done')}</button>
    </div>
  );
}
