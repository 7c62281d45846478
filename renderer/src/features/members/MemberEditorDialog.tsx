import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { useMember, useSkills } from '../../data/liveQueries';
import { MemberEditorForm } from './MemberEditorForm';
import { useSkillNames } from './useSkillNames';

/** Adds a member (memberId null) or edits one, in a modal over the current screen. */
export function MemberEditorDialog({ memberId, onClose }: { memberId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const member = useMember(memberId);
  const skills = useSkills();
  const skillNames = useSkillNames(skills ?? []);
  const loading = (memberId !== null && !member) || !skills;
  const title = member ? t('editor.editTitle', { name: member.name }) : t('editor.addTitle');
  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog">
      <h2>{title}</h2>
      {loading ? <p>{t('app.loading')}</p> : (
        <MemberEditorForm key={member?.id ?? 'new'} member={member ?? null} skills={skills} skillNames={skillNames} onDone={onClose} />
      )}
    </Dialog>
  );
}
