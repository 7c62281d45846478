import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../../app/services';
import { setGroupRole } from '../../../data/projects/groupRepo';
import type { ProjectRow } from '../../../data/projects/pinboardQueries';
import { useRunOutcome } from './useRunOutcome';

/** A host adds a member found by their skills to the project's group, as a helper. */
export function useHelperActions(project: Pick<ProjectRow, 'id' | 'title'>) {
  const context = useDataContext();
  const { t } = useTranslation();
  const run = useRunOutcome();
  return {
    add: (member: { id: string; name: string }) =>
      run(() => setGroupRole(context, project.id, { memberId: member.id, citizenId: null }, 'helper'), (outcome) => (outcome.kind === 'gone'
        ? { kind: 'error', text: t('projectDetail.helpers.gone') }
        : { kind: 'success', text: t('projectDetail.helpers.added', { name: member.name, title: project.title }) })),
  };
}
