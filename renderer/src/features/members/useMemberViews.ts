import { useMemo } from 'react';
import { toFullMember, type PublicMember } from '@core/memberPrivacy';
import type { Member } from '@core/schemas';
import type { MemberDirectoryView } from '../../data/memberDirectory/useMemberDirectory';

/**
 * A member as the host desk's card shows them, in full. Made when a card is drawn, not for all
 * 150,000 members up front, and kept per row, so a row that did not change keeps its view.
 */
export function useMemberViews(directory: Pick<MemberDirectoryView, 'member' | 'firstPage' | 'version'>): (id: string) => PublicMember | undefined {
  const views = useMemo(() => new WeakMap<Member, PublicMember>(), []);
  const { member, firstPage, version } = directory;
  return useMemo(() => {
    const firstRows = new Map((firstPage ?? []).map((row) => [row.id, row]));
    return (id: string) => {
      const row = member(id) ?? firstRows.get(id);
      if (!row) return undefined;
      let view = views.get(row);
      if (!view) {
        view = toFullMember(row);
        views.set(row, view);
      }
      return view;
    };
    // A new `version` may mean new rows behind the same `member` function.
  }, [member, firstPage, version, views]);
}
