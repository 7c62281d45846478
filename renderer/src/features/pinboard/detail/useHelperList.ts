import { useMemo } from 'react';
import { monthOfDate, pledgeLeftByMember } from '@core/projects/pledges';
import { useFormatting } from '../../../app/formatting';
import { useMembersInToday } from '../../../data/liveQueries';
import { useMemberDirectory } from '../../../data/memberDirectory/useMemberDirectory';
import { useMonthPledges, type ProjectDetail } from '../../../data/projects/pinboardQueries';
import type { PinboardActor } from '../actor';
import { helperRowsOf, type HelperRow } from './helperRows';
import { useHubToday } from './useHubToday';

/**
 * Who could help the project (helperRows.ts): the members who offer a skill it needs, found
 * through the machine's member index by skill (no table scan in a hub of any size), with who
 * is in today and what is left of their pledge this month. Undefined while still reading.
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
    const ids = new Set(project.wantedSkills.flatMap((skillId) => index.search('', { skillId })));
    const members = [...ids].flatMap((id) => member(id) ?? []);
    return helperRowsOf({ neededSkills: project.wantedSkills, members, publicOnly, memberships, inToday, pledgeLeft: pledgeLeftByMember(pledges.pledges, pledges.hours, month) });
    // `version` goes up with every change of the directory's members: the same index, new rows.
  }, [index, member, version, publicOnly, project.wantedSkills, memberships, pledges, inToday, month]);
}
