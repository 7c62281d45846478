import { useMemo } from 'react';
import type { Member } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useMemberDirectory } from '../../data/memberDirectory/useMemberDirectory';

/**
 * Active members whose name the query begins (the kiosk's name rule), from the machine's
 * kept-alive member directory, for the pickers of host forms: answers at once in a hub of any size.
 * `reading` while the directory is still being read; `member` finds a chosen one's row.
 */
export function useMemberNameMatches(query: string, limit: number): { matches: Member[]; reading: boolean; member: (id: string) => Member | undefined } {
  const { language, compareText } = useFormatting();
  const directory = useMemberDirectory(false, { language, compareNames: compareText }, { firstPage: false });
  const { index, member } = directory;
  const matches = useMemo(() => {
    if (!index || query.trim() === '') return [];
    return index.findByName(query, limit, (id) => member(id)?.active === true).flatMap((id) => member(id) ?? []);
  }, [index, member, query, limit]);
  return { matches, reading: !index, member };
}
