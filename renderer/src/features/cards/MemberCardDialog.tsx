import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { Dialog } from '../../app/Dialog';
import { useFormatting } from '../../app/formatting';
import { useHubSettings, useMember } from '../../data/liveQueries';
import { cardQrText } from './cardQr';
import { MemberCardFace, type CardContent } from './MemberCardFace';
import { MemberPinSection } from './MemberPinSection';
import { useMemberCardActions } from './useMemberCardActions';
import { useQrImage } from './useQrImage';
import './cards.css';

/** The host's view of one member's card: print, download, replace, and the check-in PIN. */
export function MemberCardDialog({ memberId, onClose }: { memberId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const member = useMember(memberId);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const title = t('cards.dialogTitle', { name: member?.name ?? '' });
  return (
    <>
      <Dialog title={title} onClose={onClose} className="card-dialog">
        <h2>{title}</h2>
        {member ? <MemberCardBody member={member} onReplace={() => { setConfirmingReplace(true); }} /> : <p>{t('app.loading')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('cards.close')}</button>
        </div>
      </Dialog>
      {/* A sibling, not a child: Escape in the question must not also close the card dialog. */}
      {member && confirmingReplace && <ReplaceQuestion member={member} onDone={() => { setConfirmingReplace(false); }} />}
    </>
  );
}

function ReplaceQuestion({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useTranslation();
  const actions = useMemberCardActions(member);
  return (
    <ConfirmDialog
      title={t('cards.replaceConfirmTitle', { name: member.name })}
      body={t('cards.replaceConfirmBody', { name: member.name })}
      confirmLabel={t('cards.replace')}
      cancelLabel={t('cards.cancel')}
      onCancel={onDone}
      onConfirm={() => { void actions.replaceCard(); onDone(); }}
    />
  );
}

function MemberCardBody({ member, onReplace }: { member: Member; onReplace: () => void }) {
  const { t } = useTranslation();
  const { date } = useFormatting();
  const hub = useHubSettings();
  const actions = useMemberCardActions(member);
  const qrUrl = useQrImage(cardQrText(member));
  const card: CardContent | null = qrUrl
    ? { hubName: hub.name, memberName: member.name, memberSince: member.memberSince, photo: member.photo, qrUrl }
    : null;

  return (
    <>
      <section className="card-dialog-section" aria-labelledby="member-card-title">
        <h3 id="member-card-title">{t('cards.cardHeading')}</h3>
        {member.cardToken === null ? (
          <>
            <p>{t('cards.noCard', { name: member.name })}</p>
            <button type="button" className="primary" onClick={() => { void actions.createCard(); }}>{t('cards.createCard')}</button>
          </>
        ) : card && (
          <>
            <MemberCardFace card={card} />
            {createPortal(<div className="card-print-sheet"><MemberCardFace card={card} /></div>, document.body)}
            <div className="card-dialog-buttons">
              <button type="button" className="primary" onClick={actions.print}>{t('cards.print')}</button>
              <button
                type="button"
                onClick={() => { void actions.downloadImage({ ...card, sinceText: t('cards.memberSince', { date: date(card.memberSince) }) }); }}
              >
                {t('cards.download')}
              </button>
              <button type="button" className="danger-quiet" onClick={onReplace}>{t('cards.replace')}</button>
            </div>
            <p className="muted">{t('cards.printHelp')}</p>
            <p className="muted">{t('cards.replaceHelp')}</p>
          </>
        )}
      </section>
      <MemberPinSection member={member} onSetPin={actions.setPin} onRemovePin={actions.removePin} />
    </>
  );
}
