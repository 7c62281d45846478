/**
 * Who could help a project: members who offer at least one of the skills it needs (skills are
 * ids of the shared vocabulary, never free text), ranked by how many of them they offer, then
 * whether they are in today, then how much of their pledge is still free this month, then by
 * name. The caller passes members as the reader may see them (public views outside the host
 * role, core/memberPrivacy.ts), so a private skill never ranks anyone on a public machine.
 */

export interface HelperCandidate {
  id: string;
  name: string;
  skills: readonly string[];
}

export interface RankedHelper {
  memberId: string;
  /** The needed skills they offer, in the project's order. */
  matched: string[];
  inToday: boolean;
  /** Hours of their pledge still free this month; null without a pledge. */
  pledgeLeft: number | null;
}

export interface HelperFacts {
  /** Members in today (core/presence.ts `whoIsIn`). */
  inToday: ReadonlySet<string>;
  /** Free pledge hours this month (core/projects/pledges.ts `pledgeLeftByMember`). */
  pledgeLeft: ReadonlyMap<string, number>;
  /** Members already in the project, left out. */
  exclude?: ReadonlySet<string>;
}

const collator = new Intl.Collator('da', { sensitivity: 'base' });

export function rankHelpers(neededSkills: readonly string[], candidates: readonly HelperCandidate[], facts: HelperFacts): RankedHelper[] {
  const needed = [...new Set(neededSkills)];
  const ranked = candidates.flatMap((candidate) => {
    if (facts.exclude?.has(candidate.id)) return [];
    const offered = new Set(candidate.skills);
    const matched = needed.filter((skill) => offered.has(skill));
    if (matched.length === 0) return [];
    return [{ candidate, helper: { memberId: candidate.id, matched, inToday: facts.inToday.has(candidate.id), pledgeLeft: facts.pledgeLeft.get(candidate.id) ?? null } }];
  });
  ranked.sort((a, b) => compareHelpers(a.helper, b.helper) || collator.compare(a.candidate.name, b.candidate.name) || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0));
  return ranked.map((entry) => entry.helper);
}

/** Negative when `a` ranks before `b`: more skills matched, in today, more pledge left (none counts as zero). */
export function compareHelpers(a: RankedHelper, b: RankedHelper): number {
  return b.matched.length - a.matched.length || Number(b.inToday) - Number(a.inToday) || (b.pledgeLeft ?? 0) - (a.pledgeLeft ?? 0);
}
