import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Member } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { memberDirectoryFor } from './directoryCache';
import type { DirectoryOrder, MemberDirectoryState } from './memberDirectory';

export interface MemberDirectoryView extends MemberDirectoryState {
  /** A member's row (inactive ones too), or undefined when it is not read yet or gone. */
  member: (id: string) => Member | undefined;
}

/**
 * This machine's kept-alive members and search index (memberDirectory.ts). `publicOnly`
 * picks the public index, which holds only what members made public; `firstPage` asks for
 * the first screen of the board while the rest is read.
 */
export function useMemberDirectory(publicOnly: boolean, order: DirectoryOrder, options: { firstPage: boolean }): MemberDirectoryView {
  const { db } = useDataContext();
  const directory = memberDirectoryFor(db, publicOnly);
  const { language, compareNames } = order;
  const { firstPage } = options;
  useEffect(() => { directory.open({ language, compareNames }, { firstPage }); }, [directory, language, compareNames, firstPage]);
  const state = useSyncExternalStore(directory.subscribe, directory.snapshot);
  return useMemo(() => ({ ...state, member: directory.member }), [state, directory]);
}
