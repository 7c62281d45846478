import { isFieldPublic } from '../memberPrivacy';
import type { Member } from '../schemas';
import { foldQuery } from '../search/foldText';
import type { MemberSearchIndex } from '../search/memberSearchIndex';

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

export function kioskDisplayName(name: string): { firstName: string; lastInitial: string } {
  const parts = name.trim().split(/\s+/);
  const firstName = parts[0] ?? '';
  const last = parts.length > 1 ? parts[parts.length - 1] ?? '' : '';
  return { firstName, lastInitial: last ? `${last.charAt(0).toUpperCase()}.` : '' };
}

/** "Karen R.": a member's name as every public screen writes it (the kiosk's matches, a project's group there). */
export function publicShortName(name: string): string {
  const { firstName, lastInitial } = kioskDisplayName(name);
  return joinShortName(firstName, lastInitial);
}

export function joinShortName(firstName: string, lastInitial: string): string {
  return lastInitial ? `${firstName} ${lastInitial}` : firstName;
}

/** Where the kiosk looks names up: the member search index the board uses too, and the rows it holds. */
export interface KioskNameSource {
  index: Pick<MemberSearchIndex, 'findByName'>;
  member: (id: string) => Member | undefined;
}

function kioskMatch(member: Member): KioskNameMatch {
  return { id: member.id, ...kioskDisplayName(member.name), photo: isFieldPublic(member, 'photo') ? member.photo : null };
}

/**
 * Every typed word must begin one of the member's name words ("ann han" finds Anne Hansen),
 * in the index's name order; `onlyVisitable` keeps the members a guest may look up as their host.
 */
export function kioskNameMatches(source: KioskNameSource, query: string, options: { onlyVisitable?: boolean } = {}): KioskNameMatch[] {
  if (foldQuery(query).join('').length < KIOSK_MIN_LETTERS) return [];
  const accept = (id: string): boolean => {
    const member = source.member(id);
    return member !== undefined && (!options.onlyVisitable || isFieldPublic(member, 'guestVisits'));
  };
  return source.index.findByName(query, KIOSK_MAX_MATCHES, accept).flatMap((id) => {
    const member = source.member(id);
    return member ? [kioskMatch(member)] : [];
  });
}
