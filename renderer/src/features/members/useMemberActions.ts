import { useReportError } from '../../app/useActionFeedback';
import { useTranslation } from 'react-i18next';
import type { Member } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { addMember, setMemberActive, updateMember } from '../../data/memberRepo';
import { resolveSkillTags } from '../../data/skillRepo';
import { useAppStore } from '../../store/appStore';
import { draftToProfile, type MemberDraft } from './memberDraft';

/** What a host can do to members; each action reports its outcome as a notice. */
export function useMemberActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
  const language = useUiLanguage();

  const reportError = useReportError();

  const setActive = async (member: Member, active: boolean, offerUndo: boolean) => {
    try {
      await setMemberActive(context, member.id, active);
      notify({
        kind: 'success',
        text: t(active ? 'members.reactivated' : 'members.deactivated', { name: member.name }),
        ...(offerUndo ? { undo: () => { void setActive(member, !active, false); } } : {}),
      });
    } catch (error) {
      reportError(error);
    }
  };

  return {
    /** Returns false when nothing was saved, so the form stays open with what was typed. */
    save: async (draft: MemberDraft, existing: Member | null): Promise<boolean> => {
      try {
        const skills = await resolveSkillTags(context, draft.skillTags, language);
        const profile = draftToProfile(draft, skills);
        if (existing) await updateMember(context, existing.id, profile);
        else await addMember(context, profile);
        notify({ kind: 'success', text: t(existing ? 'members.saved' : 'members.added', { name: profile.name }) });
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    deactivate: (member: Member) => setActive(member, false, true),
    reactivate: (member: Member) => setActive(member, true, false),
  };
}
