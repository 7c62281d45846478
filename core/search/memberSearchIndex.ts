import type { Member, Skill } from '../schemas';
import { foldQuery } from './foldText';
import { EntryOrder } from './entryOrder';
import type { CompareNames } from './memberOrder';
import { memberWords, memoisedFold, searchableSkillIds, skillSearchText, splitWords } from './memberWords';

/**
 * The member search: the board's "who can do what" and the kiosk's "find me by name", one
 * index for both. It keeps every distinct folded word with the list of members that use it.
 * A keystroke scans the distinct words (thousands) instead of every member's text (hundreds
 * of thousands), then marks the members of the matching words, which keeps typing instant at
 * 150,000 members. Matching stays "every query word occurs inside some word of the member",
 * because neither side contains spaces once folded.
 *
 * It can be filled in parts and patched (`put`, `remove`), so a screen can keep one index
 * alive while members change instead of building it again: a changed member gets a new
 * entry number and its old one is retired (left in the word lists, skipped everywhere).
 *
 * On public screens it indexes only what each member has made public, so a search can never
 * reveal a private skill.
 */
export interface MemberSearchOptions {
  /** Index only public fields (kiosk, wall display). */
  publicOnly: boolean;
  /** The order names are listed in: the screen's language decides it (Danish puts Å after Z). */
  compareNames: CompareNames;
}

export interface MemberSearchFilter {
  skillId?: string | null;
  memberIds?: ReadonlySet<string> | null;
}

interface WordMatch {
  word: string;
  /** Indexes into `words` of the distinct words that match `word`. */
  wordIndexes: number[];
}

export class MemberSearchIndex {
  private readonly publicOnly: boolean;
  private compareNames: CompareNames;
  private readonly skillWords: ReadonlyMap<string, string[]>;
  private readonly fold = memoisedFold();
  // Per entry number ("slot"): a member's position in these arrays.
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly skillIdsBySlot: (readonly string[])[] = [];
  private readonly alive: boolean[] = [];
  private readonly slotById = new Map<string, number>();
  // Per distinct word.
  private readonly words: string[] = [];
  private readonly wordNumbers = new Map<string, number>();
  private readonly postings: number[][] = [];
  /** The entries that have the word in their name: what the kiosk searches. */
  private readonly namePostings: number[][] = [];
  private readonly order: EntryOrder;
  private marks = new Uint8Array(0);
  private previous: WordMatch[] = [];

  constructor(members: readonly Member[], skills: readonly Skill[], options: MemberSearchOptions) {
    this.publicOnly = options.publicOnly;
    this.compareNames = options.compareNames;
    this.skillWords = new Map(skills.map((skill) => [skill.id, splitWords(skillSearchText(skill))]));
    this.order = new EntryOrder(this.slotOrder(), (slot) => this.alive[slot] === true);
    this.put(members);
  }

  /** Members on the board: active and not deleted. */
  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  /** Adds members, or replaces them by id; an inactive or deleted one simply leaves. */
  put(members: readonly Member[]): void {
    // A remembered match does not know the words added now.
    this.previous = [];
    for (const member of members) {
      const old = this.slotById.get(member.id);
      if (old !== undefined) this.retire(old);
      if (!member.deleted && member.active) this.addEntry(member);
    }
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const slot = this.slotById.get(id);
      if (slot !== undefined) this.retire(slot);
    }
  }

  /** Lists names in another language's order (a kiosk visitor switched language). */
  setCompareNames(compareNames: CompareNames): void {
    if (compareNames === this.compareNames) return;
    this.compareNames = compareNames;
    this.order.reorder(this.slotOrder());
  }

  /**
   * Sorts what `put` added since the last call, as one run of a merge sort: a builder calls it
   * after each part it puts, so the first search does not sort every name at once.
   */
  settle(): void {
    this.order.settle();
  }

  /** Ids of matching members, sorted by name. Every query word must occur in one of the member's words. */
  search(query: string, filter: MemberSearchFilter = {}): string[] {
    const order = this.ordered();
    const queryWords = foldQuery(query).slice(0, 250);
    const matches = queryWords.map((word, position) => this.matchWord(word, this.previous[position]));
    this.previous = matches;
    const wanted = matches.length;
    if (wanted > 0) this.markMembers(matches, this.postings);
    const { skillId, memberIds } = filter;
    const result: string[] = [];
    for (const slot of order) {
      if (wanted > 0 && this.marks[slot] !== wanted) continue;
      const id = this.ids[slot] ?? '';
      if (skillId && !this.skillIdsBySlot[slot]?.includes(skillId)) continue;
      if (memberIds && !memberIds.has(id)) continue;
      result.push(id);
    }
    return result;
  }

  /**
   * The kiosk's rule: every typed word begins one of the member's name words ("ann han"
   * finds Anne Hansen). At most `limit` ids, in name order, of members `accept` lets through.
   */
  findByName(query: string, limit: number, accept: (id: string) => boolean = () => true): string[] {
    const order = this.ordered();
    const queryWords = foldQuery(query).slice(0, 250);
    if (queryWords.length === 0) return [];
    const matches = queryWords.map((word) => this.matchPrefix(word));
    this.markMembers(matches, this.namePostings);
    const result: string[] = [];
    for (const slot of order) {
      if (this.marks[slot] !== matches.length) continue;
      const id = this.ids[slot] ?? '';
      if (!accept(id)) continue;
      result.push(id);
      if (result.length === limit) break;
    }
    return result;
  }

  /** How many members offer each skill: the board's skill cloud. */
  skillCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const slot of this.ordered()) {
      for (const id of this.skillIdsBySlot[slot] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  private addEntry(member: Member): void {
    const slot = this.ids.length;
    const skillIds = searchableSkillIds(member, this.publicOnly);
    this.ids.push(member.id);
    this.names.push(member.name);
    this.skillIdsBySlot.push(skillIds);
    this.alive.push(true);
    this.slotById.set(member.id, slot);
    const words = memberWords(member, skillIds, this.skillWords, this.fold, this.publicOnly);
    for (const word of words.all) {
      const number = this.wordNumber(word);
      this.postings[number]?.push(slot);
      if (words.name.has(word)) this.namePostings[number]?.push(slot);
    }
    this.order.add(slot);
  }

  private wordNumber(word: string): number {
    let number = this.wordNumbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.wordNumbers.set(word, number);
      this.words.push(word);
      this.postings.push([]);
      this.namePostings.push([]);
    }
    return number;
  }

  private retire(slot: number): void {
    this.alive[slot] = false;
    this.slotById.delete(this.ids[slot] ?? '');
    this.order.retired();
  }

  /** The live entries in order, with room to mark every entry number. */
  private ordered(): readonly number[] {
    const order = this.order.ordered();
    if (this.marks.length < this.ids.length) this.marks = new Uint8Array(Math.ceil(this.ids.length * 1.25));
    return order;
  }

  /** compareMembers over entry numbers, without building an object per comparison. */
  private slotOrder(): (a: number, b: number) => number {
    const { names, ids, compareNames } = this;
    return (a, b) => {
      const byName = compareNames(names[a] ?? '', names[b] ?? '');
      if (byName !== 0) return byName;
      const idA = ids[a] ?? '';
      const idB = ids[b] ?? '';
      return idA < idB ? -1 : idA > idB ? 1 : 0;
    };
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

  private matchPrefix(word: string): WordMatch {
    const wordIndexes: number[] = [];
    this.words.forEach((candidate, index) => { if (candidate.startsWith(word)) wordIndexes.push(index); });
    return { word, wordIndexes };
  }

  /** After this, marks[slot] equals the number of query words the member matched in order. */
  private markMembers(matches: readonly WordMatch[], postings: readonly number[][]): void {
    this.marks.fill(0);
    matches.forEach((match, position) => {
      for (const index of match.wordIndexes) {
        const entries = postings[index];
        if (!entries) continue;
        for (const entry of entries) if (this.marks[entry] === position) this.marks[entry] = position + 1;
      }
    });
  }
}

