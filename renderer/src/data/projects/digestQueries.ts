import type { DigestCounts } from '@core/projects/digest';
import type { LandhubDatabase } from '../database';

/** What the pinboard's daily digest counts (core/projects/digest.ts): what is new since `since`, and what waits now. */
export async function readDigestCounts(db: LandhubDatabase, since: string): Promise<DigestCounts> {
  const [projects, comments, memberships, pendingHours, offers] = await Promise.all([
    db.projects.filter((row) => !row.deleted && row.createdAt > since).count(),
    db.comments.filter((row) => !row.deleted && row.createdAt > since).count(),
    db.projectMemberships.filter((row) => !row.deleted && row.role !== 'follower' && row.joinedAt > since).count(),
    db.volunteerHours.filter((row) => !row.deleted && row.approval === 'pending').count(),
    db.helpOffers.where('status').equals('pending').filter((row) => !row.deleted).count(),
  ]);
  return { newProjects: projects, comments, joined: memberships, pendingHours, pendingOffers: offers };
}
