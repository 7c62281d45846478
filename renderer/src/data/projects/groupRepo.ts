import { membershipId, type Person } from '@core/projects/membership';
import type { DataContext } from '../dataContext';
import { deleteRecord, inOneTransaction, putRecordAt } from '../recordWriter';

/**
 * Who is in a project: "I'm in" (helper), "Follow" (follower), or out. One row per project and
 * person (core/projects/membership.ts), so pressing "I'm in" on two machines is one membership.
 * The kiosk writes these for the member who checked in (core/projects/kioskWrites.ts).
 */

export type GroupRole = 'lead' | 'helper' | 'follower';
export type GroupOutcome = { kind: 'saved' } | { kind: 'gone' };

/** Sets the person's role in the project, or takes them out with `null`. */
export async function setGroupRole(context: DataContext, projectId: string, person: Person, role: GroupRole | null): Promise<GroupOutcome> {
  return inOneTransaction(context, ['projects', 'projectMemberships'], async () => {
    const project = await context.db.projects.get(projectId);
    if (!project || project.deleted) return { kind: 'gone' };
    const id = membershipId(projectId, person);
    if (role === null) {
      await deleteRecord(context, 'projectMemberships', id);
      return { kind: 'saved' };
    }
    const current = await context.db.projectMemberships.get(id);
    const joinedAt = current && !current.deleted ? current.joinedAt : context.now().toISOString();
    await putRecordAt(context, 'projectMemberships', id, { projectId, ...person, role, joinedAt });
    return { kind: 'saved' };
  });
}
