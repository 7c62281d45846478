import { rankHelpers, type RankedHelper } from '@core/projects/helpers';
import { toFullMember, toPublicMember, type PublicMember } from '@core/memberPrivacy';
import type { Member } from '@core/schemas';
import type { MembershipRow } from '../../../data/projects/pinboardQueries';

export interface HelperRow {
  helper: RankedHelper;
  member: PublicMember;
}

/**
 * The helper list of a project, best first (core/projects/helpers.ts `rankHelpers`): active
 * members as the reader may see them (a host's full record, else the public view of
 * core/memberPrivacy.ts, so a private skill never ranks anyone), without those already in the
 * group (a follower may still be asked to help).
 */
export function helperRowsOf(input: {
  neededSkills: readonly string[];
  members: readonly Member[];
  publicOnly: boolean;
  memberships: readonly MembershipRow[];
  inToday: ReadonlySet<string>;
  pledgeLeft: ReadonlyMap<string, number>;
}): HelperRow[] {
  const view = input.publicOnly ? toPublicMember : toFullMember;
  const candidates = new Map(input.members.filter((member) => member.active).map((member) => [member.id, view(member)]));
  const exclude = new Set(input.memberships.flatMap((row) => (row.memberId !== null && row.role !== 'follower' ? [row.memberId] : [])));
  const ranked = rankHelpers(input.neededSkills, [...candidates.values()], { inToday: input.inToday, pledgeLeft: input.pledgeLeft, exclude });
  return ranked.flatMap((helper) => {
    const member = candidates.get(helper.memberId);
    return member ? [{ helper, member }] : [];
  });
}
