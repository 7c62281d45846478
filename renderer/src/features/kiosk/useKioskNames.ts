import { useMemo } from 'react';
import { kioskNameMatches, type KioskNameMatch } from '@core/kiosk/kioskNameSearch';
import { useFormatting } from '../../app/formatting';
import { useMemberDirectory, type MemberDirectoryView } from '../../data/memberDirectory/useMemberDirectory';

/**
 * The kiosk's members: the machine's kept-alive public directory, the same index the wall's
 * board searches, so opening the name search again costs nothing. Public, because the kiosk
 * is a public machine: its index never holds a private field.
 */
export function useKioskNames(): MemberDirectoryView {
  const { language, compareText } = useFormatting();
  return useMemberDirectory(true, { language, compareNames: compareText }, { firstPage: false });
}

/** Matches for what was typed, or `reading` while the member list is still being read (never a wrong "no one"). */
export function useNameMatches(names: MemberDirectoryView, query: string, options: { onlyVisitable?: boolean } = {}): { reading: boolean; matches: KioskNameMatch[] } {
  const { index, member } = names;
  const onlyVisitable = options.onlyVisitable === true;
  return useMemo(
    () => (index ? { reading: false, matches: kioskNameMatches({ index, member }, query, { onlyVisitable }) } : { reading: true, matches: [] }),
    // `names` changes with every patch of the index, so the matches follow a member's change.
    [names, query, onlyVisitable],
  );
}
