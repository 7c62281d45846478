import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import type { RemovedMark } from '../../data/sync/machineRemoved';
import { PairingForm } from './PairingForm';
import './sync.css';

/** A host removed this machine: what that cost, and the way back (a new pairing code). */
export function MachineRemovedScreen({ mark, onPaired }: { mark: RemovedMark; onPaired: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="role-picker pairing-page machine-removed" id="main">
      <LanguageSwitch />
      <h1>{t('machineRemoved.title')}</h1>
      <div role="status">
        <p>{t('machineRemoved.body')}</p>
        <p className="machine-removed-lost">
          {mark.lostChanges > 0 ? t('machineRemoved.lost', { count: mark.lostChanges }) : t('machineRemoved.noneLost')}
        </p>
      </div>
      <p>{t('machineRemoved.pairAgain')}</p>
      <PairingForm onDone={onPaired} prefill={mark.hubUrl ? { hubUrl: mark.hubUrl } : undefined} />
    </main>
  );
}
