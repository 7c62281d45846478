import type { Member, Skill } from '../schemas';
import type { UiLanguage } from '../languages';
import { foldQuery, foldText } from './foldText';
import { isFieldPublic } from '../memberPrivacy';

/**
 * The member board's search: "who can do what". Built once from the members and the skill
 * vocabulary, then answers each keystroke by scanning precomputed folded text, so typing
 * stays instant at 150,000 members. On public screens it indexes only what each member
 * has made public, so a search can never reveal a private skill.
 */
export interface MemberSearchOptions {
  /** Index only public fields (kiosk, wall display). */
  publicOnly: boolean;
}

interface IndexedMember {
  id: string;
  name: string;
  text: string;
  skillIds: readonly string[];
}

export function skillSearchText(skill: Pick<Skill, 'labels' | 'synonyms'>): string {
  return foldText([skill.labels.da, skill.labels.de, skill.labels.en, ...skill.synonyms].filter(Boolean).join(' '));
}

export function skillLabel(skill: Pick<Skill, 'labels'>, language: UiLanguage): string {
  return skill.labels[language] ?? skill.labels.en ?? skill.labels.da ?? skill.labels.de ?? '';
}

export class MemberSearchIndex {
  private readonly entries: IndexedMember[];
  private lastQuery: string[] = [];
  private lastResult: IndexedMember[] | null = null;

  constructor(members: readonly Member[], skills: readonly Skill[], options: MemberSearchOptions) {
    const skillText = new Map(skills.map((skill) => [skill.id, skillSearchText(skill)]));
    this.entries = [];
    for (const member of members) {
      if (member.deleted || !member.active) continue;
      const showSkills = !options.publicOnly || isFieldPublic(member, 'skills');
      const showOffers = !options.publicOnly || isFieldPublic(member, 'offers');
      const showNeeds = !options.publicOnly || isFieldPublic(member, 'needs');
      const skillIds = showSkills ? member.skills : [];
      const parts = [
        foldText(member.name),
        ...skillIds.map((id) => skillText.get(id) ?? ''),
        showOffers ? foldText(member.offers.join(' ')) : '',
        showNeeds ? foldText(member.needs.join(' ')) : '',
      ];
      this.entries.push({ id: member.id, name: member.name, text: ` ${parts.join(' ')}`, skillIds });
    }
    this.entries.sort((a, b) => a.name.localeCompare(b.name));
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Ids of matching members, sorted by name. Every word must occur somewhere in the
   * member's text; a query that extends the previous one only re-checks earlier hits.
   */
  search(query: string, filter: { skillId?: string | null; memberIds?: ReadonlySet<string> | null } = {}): string[] {
    const words = foldQuery(query);
    const pool = this.lastResult && extendsQuery(words, this.lastQuery) ? this.lastResult : this.entries;
    const hits = words.length === 0 ? this.entries : pool.filter((entry) => words.every((word) => entry.text.includes(word)));
    this.lastQuery = words;
    this.lastResult = hits;
    const { skillId, memberIds } = filter;
    const filtered = hits.filter(
      (entry) => (!skillId || entry.skillIds.includes(skillId)) && (!memberIds || memberIds.has(entry.id)),
    );
    return filtered.map((entry) => entry.id);
  }

  /** How many members offer each skill: the board's skill cloud. */
  skillCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const entry of this.entries) {
      for (const id of entry.skillIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }
}

/** True when every word of `previous` is a prefix-compatible part of `words`, so hits can only shrink. */
function extendsQuery(words: string[], previous: string[]): boolean {
  if (previous.length === 0 || words.length < previous.length) return false;
  return previous.every((word, index) => (words[index] ?? '').includes(word));
}
