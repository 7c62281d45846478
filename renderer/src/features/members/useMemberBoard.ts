import { useDeferredValue, useMemo, useState } from 'react';
import { useFormatting } from '../../app/formatting';
import { useMembersInToday, useSkills } from '../../data/liveQueries';
import { useMemberDirectory } from '../../data/memberDirectory/useMemberDirectory';
import { useMemberViews } from './useMemberViews';

/** What the board can say about its count: still reading (with progress), read, or failed to read. */
export type BoardStatus =
  | { kind: 'reading'; read: number; total: number; firstShown: number }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string };

/**
 * The board's state and answers. It searches the machine's kept-alive member index
 * (data/memberDirectory); until that is read, it shows the first members by name straight
 * from the database and answers no search at all rather than a wrong "nobody".
 */
export function useMemberBoard() {
  const { language, compareText } = useFormatting();
  const directory = useMemberDirectory(false, { language, compareNames: compareText }, { firstPage: true });
  const skills = useSkills();
  const inTodayAll = useMembersInToday();
  const [query, setQuery] = useState('');
  const [skillId, setSkillId] = useState<string | null>(null);
  const [inTodayOnly, setInTodayOnly] = useState(false);
  const deferredQuery = useDeferredValue(query);
  const { index, firstPage, version } = directory;
  const viewOf = useMemberViews(directory);
  const inToday = useMemo(() => new Set(inTodayAll ?? []), [inTodayAll]);

  const filtered = deferredQuery.trim() !== '' || skillId !== null || inTodayOnly;
  const resultIds = useMemo(() => {
    if (index) return index.search(deferredQuery, { skillId, memberIds: inTodayOnly ? inToday : null });
    // Until every member is read only the unfiltered first screen is true; a filtered one would not be.
    return filtered ? [] : (firstPage ?? []).map((member) => member.id);
    // `version` goes up whenever the index was patched in place.
  }, [index, version, firstPage, filtered, deferredQuery, skillId, inTodayOnly, inToday]);

  // `version` again: the counts change when a member's skills do.
  const skillCounts = useMemo(() => index?.skillCounts() ?? new Map<string, number>(), [index, version]);

  return {
    loading: !index,
    status: boardStatus(directory, resultIds.length),
    totalMembers: index?.size ?? 0,
    query,
    setQuery,
    skillId,
    setSkillId,
    inTodayOnly,
    setInTodayOnly,
    resultIds,
    viewOf,
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

function boardStatus(directory: ReturnType<typeof useMemberDirectory>, shown: number): BoardStatus {
  if (directory.failure) return { kind: 'failed', message: directory.failure };
  if (directory.index) return { kind: 'ready' };
  return { kind: 'reading', read: directory.read, total: directory.total, firstShown: shown };
}
