import { useAttempt } from '../../app/useActionFeedback';
import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { rotateCardToken, setMemberPin } from '../../data/memberCardRepo';
import { useAppStore } from '../../store/appStore';
import { downloadFile } from '../../app/downloadFile';
import { drawCardImage, safeFileName, type CardImageContent } from './cardImage';

/** What a host can do with a member's card and PIN; each action reports its outcome as a notice. */
export function useMemberCardActions(member: Pick<Member, 'id' | 'name'>) {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
  const name = member.name;

  const attempt = useAttempt();

  return {
    createCard: () => attempt(() => rotateCardToken(context, member.id), t('cards.cardCreated', { name })),
    /** A new token: every printed copy of the old card stops working, here and after sync everywhere. */
    replaceCard: () => attempt(() => rotateCardToken(context, member.id), t('cards.replaced', { name })),
    setPin: (pin: string) => attempt(() => setMemberPin(context, member.id, pin), t('cards.pinSaved', { name })),
    removePin: () => attempt(() => setMemberPin(context, member.id, null), t('cards.pinRemoved', { name })),
    /** Only the card goes to the printer: cards.css hides the rest of the page while it is on screen. */
    print: () => { window.print(); },
    downloadImage: async (card: CardImageContent) => {
      try {
        downloadFile(await drawCardImage(card), `${safeFileName(t('cards.fileName', { name }))}.png`);
      } catch {
        notify({ kind: 'error', text: t('cards.imageFailed') });
      }
    },
  };
}
