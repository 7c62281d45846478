import { trackedProjectFields, type ProjectEditFields, type ProjectFields } from '../schemas/project';

/**
 * The edit history of a project: one `projectEdits` row for each tracked field (pitch,
 * description, stage) a save changes, written with the save, so a project's page can say who
 * changed the pitch and when. What it was before is not kept: the history says who and when.
 */
export function editsOf(
  projectId: string,
  before: Pick<ProjectFields, 'pitch' | 'summary' | 'status'>,
  after: Partial<Pick<ProjectFields, 'pitch' | 'summary' | 'status'>>,
  byMemberId: string | null,
  at: string,
): ProjectEditFields[] {
  return trackedProjectFields.flatMap((field) => {
    if (!(field in after) || (after[field] ?? '') === (before[field] ?? '')) return [];
    return [{ projectId, field, byMemberId, at }];
  });
}
