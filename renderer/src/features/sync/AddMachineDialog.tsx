import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { Dialog } from '../../app/Dialog';
import { RoleRadios } from '../../app/RoleRadios';
import { useDataContext } from '../../app/services';
import { useRooms } from '../../data/liveQueries';
import { useQrImage } from '../cards/useQrImage';
import { formatCountdown, groupPairingCode, pairingUrl } from './syncFormat';
import { usePairingCode } from './useHubDevices';

/** The time left, ticking once a second while the code is on screen (one code per mount). */
function useMillisecondsLeft(expiresAt: string): number {
  const { now } = useDataContext();
  const [current, setCurrent] = useState(() => now().getTime());
  useEffect(() => {
    const timer = window.setInterval(() => { setCurrent(now().getTime()); }, 1000);
    return () => { window.clearInterval(timer); };
  }, [now]);
  return new Date(expiresAt).getTime() - current;
}

function RoleChoice({ onCreate, creating, error }: { onCreate: (role: DeviceRole, roomId: string | null) => void; creating: boolean; error: string | null }) {
  const { t } = useTranslation();
  const rooms = useRooms();
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [roomId, setRoomId] = useState('');
  const needsRoom = role === 'room';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!needsRoom || roomId) onCreate(role, needsRoom ? roomId : null);
  };
  return (
    <form onSubmit={submit} aria-busy={creating}>
      <RoleRadios name="new-machine-role" legend={t('sync.addMachine.pickRole')} value={role} onChange={setRole} />
      {/* A room display may only book the room it stands beside, so the hub must know which. */}
      {needsRoom && (
        <div className="field">
          <label htmlFor="new-machine-room">{t('sync.addMachine.room')}</label>
          <select id="new-machine-room" required value={roomId} onChange={(event) => { setRoomId(event.target.value); }}>
            <option value="">{t('sync.addMachine.pickRoom')}</option>
            {(rooms ?? []).filter((room) => room.active).map((room) => <option key={room.id} value={room.id}>{room.name}</option>)}
          </select>
          {rooms?.length === 0 && <p className="field-help">{t('sync.addMachine.noRooms')}</p>}
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="primary" disabled={creating || (needsRoom && !roomId)}>
        {creating ? t('sync.addMachine.creating') : t('sync.addMachine.createCode')}
      </button>
    </form>
  );
}

function CodeDisplay({ code, role, expiresAt, hubUrl, onNewCode, creating }: {
  code: string; role: DeviceRole; expiresAt: string; hubUrl: string; onNewCode: () => void; creating: boolean;
}) {
  const { t } = useTranslation();
  const left = useMillisecondsLeft(expiresAt);
  const expired = left <= 0;
  const qr = useQrImage(expired ? null : pairingUrl(hubUrl, code));
  return (
    <div className="pairing-code-panel">
      <h3 className="pairing-code-heading">{t('sync.addMachine.codeHeading', { role: t(`roles.${role}`) })}</h3>
      <p className={`pairing-code-display${expired ? ' pairing-code-expired' : ''}`}>
        <span className="visually-hidden">{t('sync.addMachine.codeLabel')}: </span>
        <strong>{groupPairingCode(code)}</strong>
      </p>
      {expired ? (
        <>
          <p className="form-error" role="alert">{t('sync.addMachine.expired')}</p>
          <button type="button" className="primary" onClick={onNewCode} disabled={creating}>{t('sync.addMachine.newCode')}</button>
        </>
      ) : (
        <>
          <p role="timer" className="pairing-countdown">{t('sync.addMachine.validFor', { time: formatCountdown(left) })}</p>
          <p>{t('sync.addMachine.howTo', { url: hubUrl })}</p>
          <p className="muted">{t('sync.addMachine.howToQr')}</p>
          {qr && <img className="pairing-qr" src={qr} alt={t('sync.addMachine.qrAlt')} width={240} height={240} />}
          <p className="muted">{t('sync.addMachine.singleUse')}</p>
        </>
      )}
    </div>
  );
}

/** "Add a machine": pick its role, then show a one-time code as digits and as a QR code. */
export function AddMachineDialog({ hubUrl, onClose }: { hubUrl: string; onClose: () => void }) {
  const { t } = useTranslation();
  const pairing = usePairingCode();
  const { code } = pairing;
  return (
    <Dialog title={t('sync.addMachine.title')} onClose={onClose} className="add-machine-dialog">
      <h2>{t('sync.addMachine.title')}</h2>
      {code ? (
        <CodeDisplay
          key={code.code} code={code.code} role={code.role} expiresAt={code.expiresAt} hubUrl={hubUrl}
          creating={pairing.creating} onNewCode={() => { void pairing.create(code.role, code.roomId); }}
        />
      ) : (
        <RoleChoice creating={pairing.creating} error={pairing.error} onCreate={(role, roomId) => { void pairing.create(role, roomId); }} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>{code ? t('sync.addMachine.done') : t('sync.addMachine.cancel')}</button>
      </div>
    </Dialog>
  );
}
