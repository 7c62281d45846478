import { useDeferredValue, useMemo, useState } from 'react';
import { useFormatting } from '../../app/formatting';
import { useMembers } from '../../data/liveQueries';
import { filterMemberList, memberListEntry } from './memberListFilter';

/**
 * Members admin's list: the search and the "show inactive" choice, and the rows they leave,
 * in name order. The state lives in the screen, so it outlasts the editor and card dialogs.
 */
export function useMemberList() {
  const members = useMembers();
  const { compareText } = useFormatting();
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  // Typing stays responsive on a large hub: the table follows a moment later.
  const deferredQuery = useDeferredValue(query);
  const entries = useMemo(
    () => (members ?? []).map(memberListEntry).sort((a, b) => compareText(a.member.name, b.member.name)),
    [members, compareText],
  );
  const view = useMemo(() => filterMemberList(entries, deferredQuery, { showInactive }), [entries, deferredQuery, showInactive]);
  return {
    loading: members === undefined,
    /** Members stored, active or not. */
    stored: members?.length ?? 0,
    ...view,
    query,
    setQuery,
    showInactive,
    setShowInactive,
    clearSearch: () => { setQuery(''); },
  };
}
