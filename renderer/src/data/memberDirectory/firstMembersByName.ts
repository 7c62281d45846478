import type { Member } from '@core/schemas';
import { compareMembers, type CompareNames } from '@core/search/memberOrder';
import type { LandhubDatabase } from '../database';

/** Just past "Z" in code order: names that begin with a small or a non-English letter ("åse", "Østergaard", "Łukasz"). */
const PAST_CAPITALS = '[';

const shown = (member: Member): boolean => !member.deleted && member.active;

/**
 * The board's first screen, straight from the `name` index while the full search index is
 * still being built: the first `count` members in the order the full list will have
 * (`compareMembers` in the screen's language), so the cards do not jump when it arrives.
 *
 * The index orders by code unit, the screen by the language's collation. Names that begin
 * with a capital A–Z come first in code order and in nearly the same order as on screen, so
 * twice `count` of them are read. Names past "Z" in code order may still belong at the top
 * (German files "Åse" with A, and "anna" written small is still an A): only their index keys
 * are read, and the rows of those that sort before the last candidate. Danish "Aa", which
 * sorts as Å, is why twice `count` are read, not `count`.
 */
export async function firstMembersByName(db: LandhubDatabase, count: number, compareNames: CompareNames): Promise<Member[]> {
  const order = compareMembers(compareNames);
  const [head, laterNames] = await Promise.all([
    db.members.orderBy('name').filter(shown).limit(count * 2).toArray(),
    db.members.where('name').aboveOrEqual(PAST_CAPITALS).keys(),
  ]);
  head.sort(order);
  const boundary = head.length >= count ? head[count - 1]?.name : undefined;
  const wanted = [...new Set(laterNames.map(String))].filter((name) => boundary === undefined || compareNames(name, boundary) <= 0);
  const later = wanted.length > 0 ? await db.members.where('name').anyOf(wanted).filter(shown).toArray() : [];
  const byId = new Map([...head, ...later].map((member) => [member.id, member]));
  return [...byId.values()].sort(order).slice(0, count);
}
