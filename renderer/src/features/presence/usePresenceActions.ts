import { useReportError } from '../../app/useActionFeedback';
import { useTranslation } from 'react-i18next';
import type { Guest, Member } from '@core/schemas';
import { checkIn, checkOut } from '../../data/checkInRepo';
import { useDataContext } from '../../app/services';
import { signOutGuest } from '../../data/guestRepo';
import { useAppStore } from '../../store/appStore';

/** What the host does at the desk on behalf of members and guests; each outcome is a notice. */
export function usePresenceActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();

  const reportError = useReportError();

  const checkMemberIn = async (member: Pick<Member, 'id' | 'name'>, offerUndo: boolean): Promise<boolean> => {
    try {
      const { changed } = await checkIn(context, member.id, 'host');
      notify({
        kind: changed ? 'success' : 'info',
        text: t(changed ? 'presence.checkedIn' : 'presence.alreadyIn', { name: member.name }),
        ...(changed && offerUndo ? { undo: () => { void checkMemberOut(member, false); } } : {}),
      });
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  const checkMemberOut = async (member: Pick<Member, 'id' | 'name'>, offerUndo: boolean): Promise<void> => {
    try {
      const { changed } = await checkOut(context, member.id, 'host');
      if (!changed) return;
      notify({
        kind: 'success',
        text: t('presence.checkedOut', { name: member.name }),
        ...(offerUndo ? { undo: () => { void checkMemberIn(member, false); } } : {}),
      });
    } catch (error) {
      reportError(error);
    }
  };

  return {
    checkIn: (member: Pick<Member, 'id' | 'name'>) => checkMemberIn(member, true),
    checkOut: (member: Pick<Member, 'id' | 'name'>) => checkMemberOut(member, true),
    signOutGuest: async (guest: Pick<Guest, 'id' | 'name'>) => {
      try {
        await signOutGuest(context, guest.id);
        notify({ kind: 'success', text: t('presence.signedOut', { name: guest.name }) });
      } catch (error) {
        reportError(error);
      }
    },
  };
}
