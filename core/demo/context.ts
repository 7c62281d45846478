import type { FieldsOf, TableName } from '../schemas';
import type { SkillVocabularyEntry } from '../skillVocabulary';
import type { SeededIds, SeededRandom } from './random';

/** One demo record: its fields plus an id, without sync bookkeeping (the repository stamps that). */
export type DemoRecord<T extends TableName> = { id: string } & FieldsOf<T>;

/** Demo records per table, ready to be written through the app's repository. */
export type DemoHub = { [T in TableName]?: DemoRecord<T>[] };

export interface DemoSkill {
  id: string;
  entry: SkillVocabularyEntry;
  /** Labels as they read mid-sentence, worked out once rather than per member. */
  inSentence: { da: string; de: string; en: string };
}

/** What every part of the generator shares; one random source keeps the whole hub reproducible. */
export interface DemoContext {
  random: SeededRandom;
  ids: SeededIds;
  nowMs: number;
  /** Local day of `now`. */
  today: number;
  /** First local day of the check-in history. */
  historyStartDay: number;
  skills: readonly DemoSkill[];
}

/** Members split out for the later stages, which pick among active members only. */
export interface DemoPeople {
  members: DemoRecord<'members'>[];
  /** Indexes into `members` of active members. */
  active: readonly number[];
}

/** Integers in [1, n) sharing no factor with n: stepping by one visits every slot once. */
export function coprimeStride(random: SeededRandom, n: number): number {
  if (n <= 2) return 1;
  let stride = random.int(1, n - 1);
  while (gcd(stride, n) !== 1) stride = stride + 1 < n ? stride + 1 : 1;
  return stride;
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}
