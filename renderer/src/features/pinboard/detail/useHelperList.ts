import { useMemo } from 'react';
import { rankHelpers, type RankedHelper } from '@core/projects/helpers';
import { monthOfDate, pledgeLeftByMember } from '@core/projects/pledges';
import { toFullMember, toPublicMember, type PublicMember } from '@core/memberPrivacy';
import { useFormatting } from '../../../app/formatting';
import { useMembersInToday } from '../../../data/liveQueries';
import { useMemberDirectory } from '../../../data/memberDirectory/useMemberDirectory';
import { useMonthPledges, type ProjectDetail } from '../../../data/projects/pinboardQueries';
import type { PinboardActor } from '../actor';
import { useHubToday } from './useHubToday';

export interface HelperRow {
  helper: RankedHelper;
  member: PublicMember;
}

/**
 * Who could help the project, best first (core/projects/helpers.ts): active members who offer a
 * skill it needs, found through the machine's member index by skill, as the reader may see them
 * (a host's full record, else the public view), with who is in today and what is left of their
 * pledge this month; people already in the group are left out. Undefined while still reading.
 */
export function useHelperList(detail: ProjectDetail, actor: PinboardActor): HelperRow[] | undefined {
  const { language, compareText } = useFormatting();
  const publicOnly = actor.kind !== 'host';
  const { index, member, version } = useMemberDirectory(publicOnly, { language, compareNames: compareText }, { firstPage: false });
  const month = monthOfDate(useHubToday());
  const pledges = useMonthPledges(month);
  const inToday = useMembersInToday();
  const { project, memberships } = detail;
  return useMemo(() => {
    if (!index || !pledges || !inToday) return undefined;
    const view = publicOnly ? toPublicMember : toFullMember;
    const ids = new Set(project.wantedSkills.flatMap((skillId) => index.search('', { skillId })));
    const candidates = new Map([...ids].flatMap((id) => {
      const row = member(id);
      return row?.active === true ? [[id, view(row)] as const] : [];
    }));
    const exclude = new Set(memberships.flatMap((row) => (row.memberId !== null && row.role !== 'follower' ? [row.memberId] : [])));
    const ranked = rankHelpers(project.wantedSkills, [...candidates.values()], { inToday, pledgeLeft: pledgeLeftByMember(pledges.pledges, pledges.hours, month), exclude });
    return ranked.flatMap((helper) => {
      const row = candidates.get(helper.memberId);
      return row ? [{ helper, member: row }] : [];
    });
    // `version` goes up with every change of the directory's members: the same index, new rows.
  }, [index, member, version, publicOnly, project.wantedSkills, memberships, pledges, inToday, month]);
}
