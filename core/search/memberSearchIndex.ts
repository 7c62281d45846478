import type { Member, Skill } from '../schemas';
import type { UiLanguage } from '../languages';
import { foldQuery, foldText } from './foldText';
import { isFieldPublic } from '../memberPrivacy';

/**
 * The member board's search: "who can do what". Built once from the members and the skill
 * vocabulary, it keeps every distinct folded word with the list of members that use it.
 * A keystroke scans the distinct words (thousands) instead of every member's text (hundreds
 * of thousands), then marks the members of the matching words, which keeps typing instant at
 * 150,000 members. Matching stays "every query word occurs inside some word of the member",
 * because neither side contains spaces once folded.
 *
 * On public screens it indexes only what each member has made public, so a search can never
 * reveal a private skill.
 */
export interface MemberSearchOptions {
  /** Index only public fields (kiosk, wall display). */
  publicOnly: boolean;
  /** The order names are listed in: the screen's language decides it (Danish puts Å after Z). */
  compareNames: (a: string, b: string) => number;
}

export interface MemberSearchFilter {
  skillId?: string | null;
  memberIds?: ReadonlySet<string> | null;
}

export function skillSearchText(skill: Pick<Skill, 'labels' | 'synonyms'>): string {
  return foldText([skill.labels.da, skill.labels.de, skill.labels.en, ...skill.synonyms].filter(Boolean).join(' '));
}

export function skillLabel(skill: Pick<Skill, 'labels'>, language: UiLanguage): string {
  return skill.labels[language] ?? skill.labels.en ?? skill.labels.da ?? skill.labels.de ?? '';
}

interface WordMatch {
  word: string;
  /** Indexes into `words` of the distinct words that contain `word`. */
  wordIndexes: number[];
}

export class MemberSearchIndex {
  /** Member ids in name order; a member's position here is its entry number. */
  private readonly ids: string[] = [];
  private readonly skillIdsByEntry: (readonly string[])[] = [];
  private readonly words: string[] = [];
  private readonly postings: Int32Array[] = [];
  private readonly marks: Uint8Array;
  private previous: WordMatch[] = [];

  constructor(members: readonly Member[], skills: readonly Skill[], options: MemberSearchOptions) {
    const skillWords = new Map(skills.map((skill) => [skill.id, splitWords(skillSearchText(skill))]));
    const shown = members.filter((member) => !member.deleted && member.active).sort((a, b) => options.compareNames(a.name, b.name));
    const fold = memoisedFold();
    const wordNumbers = new Map<string, number>();
    const postingLists: number[][] = [];
    shown.forEach((member, entry) => {
      const skillIds = !options.publicOnly || isFieldPublic(member, 'skills') ? member.skills : [];
      this.ids.push(member.id);
      this.skillIdsByEntry.push(skillIds);
      for (const word of memberWords(member, skillIds, skillWords, fold, options.publicOnly)) {
        let number = wordNumbers.get(word);
        if (number === undefined) {
          number = this.words.length;
          wordNumbers.set(word, number);
          this.words.push(word);
          postingLists.push([]);
        }
        postingLists[number]?.push(entry);
      }
    });
    for (const list of postingLists) this.postings.push(Int32Array.from(list));
    this.marks = new Uint8Array(shown.length);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Ids of matching members, sorted by name. Every query word must occur in one of the member's words. */
  search(query: string, filter: MemberSearchFilter = {}): string[] {
    const queryWords = foldQuery(query).slice(0, 250);
    const matches = queryWords.map((word, position) => this.matchWord(word, this.previous[position]));
    this.previous = matches;
    const wanted = matches.length;
    if (wanted > 0) this.markMembers(matches);
    const { skillId, memberIds } = filter;
    const result: string[] = [];
    for (let entry = 0; entry < this.ids.length; entry++) {
      if (wanted > 0 && this.marks[entry] !== wanted) continue;
      const id = this.ids[entry] ?? '';
      if (skillId && !this.skillIdsByEntry[entry]?.includes(skillId)) continue;
      if (memberIds && !memberIds.has(id)) continue;
      result.push(id);
    }
    return result;
  }

  /** How many members offer each skill: the board's skill cloud. */
  skillCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const skillIds of this.skillIdsByEntry) {
      for (const id of skillIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  /** A word typed further than last time can only match words the shorter one matched. */
  private matchWord(word: string, previous: WordMatch | undefined): WordMatch {
    const candidates = previous && word.includes(previous.word) ? previous.wordIndexes : null;
    const wordIndexes: number[] = [];
    if (candidates) {
      for (const index of candidates) if (this.words[index]?.includes(word)) wordIndexes.push(index);
    } else {
      this.words.forEach((candidate, index) => { if (candidate.includes(word)) wordIndexes.push(index); });
    }
    return { word, wordIndexes };
  }

  /** After this, marks[entry] equals the number of query words the member matched in order. */
  private markMembers(matches: WordMatch[]): void {
    this.marks.fill(0);
    matches.forEach((match, position) => {
      for (const index of match.wordIndexes) {
        const entries = this.postings[index];
        if (!entries) continue;
        for (const entry of entries) if (this.marks[entry] === position) this.marks[entry] = position + 1;
      }
    });
  }
}

function splitWords(folded: string): string[] {
  return folded.split(' ').filter((word) => word.length > 0);
}

/** Names, offers and needs repeat across a large hub; folding each distinct text once halves the build. */
function memoisedFold(): (text: string) => string[] {
  const cache = new Map<string, string[]>();
  return (text) => {
    let words = cache.get(text);
    if (!words) {
      words = splitWords(foldText(text));
      cache.set(text, words);
    }
    return words;
  };
}

function memberWords(
  member: Member,
  skillIds: readonly string[],
  skillWords: ReadonlyMap<string, string[]>,
  fold: (text: string) => string[],
  publicOnly: boolean,
): Set<string> {
  const words = new Set(fold(member.name));
  for (const id of skillIds) for (const word of skillWords.get(id) ?? []) words.add(word);
  if (!publicOnly || isFieldPublic(member, 'offers')) for (const offer of member.offers) for (const word of fold(offer)) words.add(word);
  if (!publicOnly || isFieldPublic(member, 'needs')) for (const need of member.needs) for (const word of fold(need)) words.add(word);
  return words;
}
