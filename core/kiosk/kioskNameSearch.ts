import { isFieldPublic } from '../memberPrivacy';
import type { Member } from '../schemas';
import { foldQuery, foldText } from '../search/foldText';

/**
 * Finding yourself by name at the kiosk, where anyone may be watching: nothing shows before
 * three letters, at most a handful of matches, and each match is only a first name, the
 * initial of the last name, and the photo if the member made it public.
 */
export const KIOSK_MIN_LETTERS = 3;
export const KIOSK_MAX_MATCHES = 6;

export interface KioskNameMatch {
  id: string;
  firstName: string;
  lastInitial: string;
  photo: string | null;
}

interface Entry {
  member: Member;
  words: string[];
}

export function kioskDisplayName(name: string): { firstName: string; lastInitial: string } {
  const parts = name.trim().split(/\s+/);
  const firstName = parts[0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1] ?? '' : '';
  return { firstName, lastInitial: last ? `${last.charAt(0).toUpperCase()}.` : '' };
}

export class KioskNameIndex {
  private readonly entries: Entry[];

  /**
   * `compareNames` orders the matches in the screen's language; `onlyVisitable` keeps the
   * members a guest may look up as their host.
   */
  constructor(members: readonly Member[], options: { compareNames: (a: string, b: string) => number; onlyVisitable?: boolean }) {
    this.entries = members
      .filter((member) => !member.deleted && member.active && (!options.onlyVisitable || isFieldPublic(member, 'guestVisits')))
      .sort((a, b) => options.compareNames(a.name, b.name))
      .map((member) => ({ member, words: foldText(member.name).split(' ') }));
  }

  /** Every typed word must begin one of the member's name words ("ann han" finds Anne Hansen). */
  search(query: string): KioskNameMatch[] {
    const words = foldQuery(query);
    if (words.join('').length < KIOSK_MIN_LETTERS) return [];
    const matches: KioskNameMatch[] = [];
    for (const { member, words: nameWords } of this.entries) {
      if (!words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) continue;
      matches.push({ id: member.id, ...kioskDisplayName(member.name), photo: isFieldPublic(member, 'photo') ? member.photo : null });
      if (matches.length === KIOSK_MAX_MATCHES) break;
    }
    return matches;
  }
}
