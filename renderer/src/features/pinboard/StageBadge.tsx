import { useTranslation } from 'react-i18next';
import { projectOutcome } from '@core/projects/stages';
import type { ProjectRow } from '../../data/projects/pinboardQueries';

/** A shape per outcome as well as a colour, so the stage reads without colour too. */
const marks = { idea: '✦', gathering: '◔', running: '▶', paused: '❚❚', done: '✓', closed: '✕', merged: '↪' } as const;

/** The stage in words with its mark; a closed or merged project says so instead of "done". */
export function StageBadge({ project }: { project: Pick<ProjectRow, 'status' | 'closedReason' | 'continuedIn'> }) {
  const { t } = useTranslation();
  const outcome = projectOutcome(project);
  const key = outcome === 'closed' || outcome === 'merged' ? outcome : project.status;
  return (
    <span className={`stage-badge stage-${key}`}>
      <span aria-hidden="true">{marks[key]}</span> {t(`pinboard.stage.${key}`)}
    </span>
  );
}
