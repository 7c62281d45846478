import type { ProjectDetail } from '../../../data/projects/pinboardQueries';
import type { PinboardActor } from '../actor';

/** What every part of a project's detail view gets: the project whole, and who acts. */
export interface DetailSectionProps {
  detail: ProjectDetail;
  actor: PinboardActor;
}
