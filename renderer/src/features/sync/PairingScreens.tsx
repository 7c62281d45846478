import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { PairingForm } from './PairingForm';
import type { PairingPrefill } from './usePairing';

/** "Connect this machine to a hub" as a whole page, for a machine that has no role yet. */
export function PairingPage({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="role-picker pairing-page" id="main">
      <LanguageSwitch />
      <h1>{t('sync.pairing.title')}</h1>
      <PairingForm onCancel={onBack} />
    </main>
  );
}

/** "Connect this machine to a hub" over a screen of a machine that already has a role. */
export function PairingDialog({ onClose, prefill }: { onClose: () => void; prefill?: PairingPrefill }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('sync.pairing.title')} onClose={onClose} className="pairing-dialog">
      <h2>{t('sync.pairing.title')}</h2>
      <PairingForm onCancel={onClose} onDone={onClose} prefill={prefill} />
    </Dialog>
  );
}
