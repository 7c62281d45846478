import { useDeferredValue, useMemo, useState } from 'react';
import { toFullMember, toPublicMember, type PublicMember } from '@core/memberPrivacy';
import { MemberSearchIndex } from '@core/search/memberSearchIndex';
import { useFormatting } from '../../app/formatting';
import { useMembers, useMembersInToday, useSkills } from '../../data/liveQueries';

/**
 * The board's state and answers. On public screens members are reduced to their public
 * fields here, before any component sees them, and "in today" counts only members who
 * agreed to be shown as present.
 */
export function useMemberBoard({ publicOnly }: { publicOnly: boolean }) {
  const members = useMembers();
  const skills = useSkills();
  const inTodayAll = useMembersInToday();
  const [query, setQuery] = useState('');
  const [skillId, setSkillId] = useState<string | null>(null);
  const [inTodayOnly, setInTodayOnly] = useState(false);
  const deferredQuery = useDeferredValue(query);

  const { compareText } = useFormatting();
  const index = useMemo(
    () => (members && skills ? new MemberSearchIndex(members, skills, { publicOnly, compareNames: compareText }) : null),
    [members, skills, publicOnly, compareText],
  );

  const views = useMemo(() => {
    const map = new Map<string, PublicMember>();
    for (const member of members ?? []) map.set(member.id, publicOnly ? toPublicMember(member) : toFullMember(member));
    return map;
  }, [members, publicOnly]);

  const inToday = useMemo(() => {
    if (!inTodayAll) return new Set<string>();
    if (!publicOnly) return new Set(inTodayAll);
    return new Set([...inTodayAll].filter((id) => views.get(id)?.showsPresence));
  }, [inTodayAll, publicOnly, views]);

  const resultIds = useMemo(
    () => index?.search(deferredQuery, { skillId, memberIds: inTodayOnly ? inToday : null }) ?? [],
    [index, deferredQuery, skillId, inTodayOnly, inToday],
  );

  const results = useMemo(() => resultIds.flatMap((id) => views.get(id) ?? []), [resultIds, views]);

  const skillCounts = useMemo(() => index?.skillCounts() ?? new Map<string, number>(), [index]);

  return {
    loading: !index,
    totalMembers: index?.size ?? 0,
    query,
    setQuery,
    skillId,
    setSkillId,
    inTodayOnly,
    setInTodayOnly,
    results,
    inToday,
    skills: skills ?? [],
    skillCounts,
    clearFilters: () => {
      setQuery('');
      setSkillId(null);
      setInTodayOnly(false);
    },
  };
}

