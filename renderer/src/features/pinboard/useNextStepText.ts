import { useTranslation } from 'react-i18next';
import type { NextStep } from '@core/projects/stages';

/** The next step a project invites to, in the reader's language; `titleOf` names a project it continues in. */
export function useNextStepText(): (step: NextStep, titleOf: (projectId: string) => string | undefined) => string {
  const { t } = useTranslation();
  return (step, titleOf) => {
    switch (step.code) {
      case 'findPeople':
        return t('pinboard.next.findPeople', { count: step.missing });
      case 'takeTask':
        return t('pinboard.next.takeTask', { count: step.open });
      case 'finishTasks':
        return t('pinboard.next.finishTasks', { count: step.unfinished });
      case 'closed':
        return t('pinboard.next.closed', { reason: step.reason });
      case 'continuedIn': {
        const title = titleOf(step.projectId);
        return title === undefined ? t('pinboard.next.continuedElsewhere') : t('pinboard.next.continuedIn', { title });
      }
      default:
        return t(`pinboard.next.${step.code}`);
    }
  };
}
