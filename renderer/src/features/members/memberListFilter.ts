import type { Member } from '@core/schemas';
import { phoneDigits } from '@core/memberImport/values';
import { foldQuery, foldText } from '@core/search/foldText';

/**
 * Members admin's search: a member matches when every word of the query occurs in its name,
 * e-mail, phone or company, folded the board's way (core/search/foldText.ts), so "Soren",
 * "Søren" and "Soeren" find the same person. A query word of digits also matches the phone's
 * digits alone, so "21436587" finds "+45 21 43 65 87", as does "0045 2143".
 */
export interface MemberListEntry {
  member: Member;
  /** Folded name, e-mail, phone and company, one space apart: a folded query word has no space. */
  folded: string;
  digits: string;
}

/** Folded once per member, not once per keystroke. */
export function memberListEntry(member: Member): MemberListEntry {
  return {
    member,
    folded: foldText([member.name, member.email, member.phone, member.company].join(' ')),
    digits: phoneDigits(member.phone),
  };
}

export interface MemberListView {
  /** The rows to show, in the order given. */
  shown: Member[];
  /** The members the search looked through: active ones, or all with inactive ones shown. */
  total: number;
  /** Inactive members that match the query but are hidden because inactive ones are. */
  hiddenInactiveMatches: number;
  /** The query has a word to look for (punctuation alone searches nothing). */
  searching: boolean;
}

const PHONE_LIKE = /^\+?\d+$/;

export function filterMemberList(entries: readonly MemberListEntry[], query: string, options: { showInactive: boolean }): MemberListView {
  const words = foldQuery(query).map((word) => ({ word, digits: PHONE_LIKE.test(word) ? phoneDigits(word) : null }));
  const matches = (entry: MemberListEntry) => words.every(({ word, digits }) =>
    entry.folded.includes(word) || (digits !== null && digits !== '' && entry.digits.includes(digits)));
  const shown: Member[] = [];
  let total = 0;
  let hiddenInactiveMatches = 0;
  for (const entry of entries) {
    const inView = options.showInactive || entry.member.active;
    if (inView) total += 1;
    if (!matches(entry)) continue;
    if (inView) shown.push(entry.member);
    else hiddenInactiveMatches += 1;
  }
  return { shown, total, hiddenInactiveMatches, searching: words.length > 0 };
}
