import type { Member, Skill } from '@core/schemas';
import type { LandhubDatabase } from '../database';

/**
 * Every member row in pages by id, with the next page already asked for while the caller
 * works on the current one. By id, not by name: IndexedDB reads a page by primary key nearly
 * twice as fast as through an index, and the search index sorts by name itself.
 */
export async function* readMemberPages(db: LandhubDatabase, pageSize: number): AsyncGenerator<Member[]> {
  const page = (after: string | null): Promise<Member[]> => {
    const reading = (after === null ? db.members.limit(pageSize) : db.members.where(':id').above(after).limit(pageSize)).toArray();
    // Asked for ahead of time: if the caller stops before taking it, its failure is nobody's to report.
    reading.catch(() => undefined);
    return reading;
  };
  let next = page(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]?.id ?? null;
    next = rows.length < pageSize ? Promise.resolve([]) : page(last);
    yield rows;
  }
}

export async function readSkills(db: LandhubDatabase): Promise<Skill[]> {
  return (await db.skills.toArray()).filter((skill) => !skill.deleted);
}
