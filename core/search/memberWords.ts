import type { Member, Skill } from '../schemas';
import type { UiLanguage } from '../languages';
import { foldText } from './foldText';
import { isFieldPublic } from '../memberPrivacy';

/** The folded words a member is found by: the name apart (the kiosk searches names only), and everything. */
export interface MemberWords {
  name: Set<string>;
  all: Set<string>;
}

export function skillSearchText(skill: Pick<Skill, 'labels' | 'synonyms'>): string {
  return foldText([skill.labels.da, skill.labels.de, skill.labels.en, ...skill.synonyms].filter(Boolean).join(' '));
}

export function skillLabel(skill: Pick<Skill, 'labels'>, language: UiLanguage): string {
  return skill.labels[language] ?? skill.labels.en ?? skill.labels.da ?? skill.labels.de ?? '';
}

export function splitWords(folded: string): string[] {
  return folded.split(' ').filter((word) => word.length > 0);
}

/** Names, offers and needs repeat across a large hub; folding each distinct text once halves the build. */
export function memoisedFold(): (text: string) => string[] {
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

/**
 * A list field as this machine holds it: a kiosk's rows come without the fields the hub
 * withholds from it (skills, offers, needs), even where the member made them public.
 */
const held = (list: readonly string[] | undefined): readonly string[] => list ?? [];

/** The skills a screen may search a member by: on public screens only when the member made them public. */
export function searchableSkillIds(member: Member, publicOnly: boolean): readonly string[] {
  return !publicOnly || isFieldPublic(member, 'skills') ? held(member.skills) : [];
}

export function memberWords(
  member: Member,
  skillIds: readonly string[],
  skillWords: ReadonlyMap<string, string[]>,
  fold: (text: string) => string[],
  publicOnly: boolean,
): MemberWords {
  const name = new Set(fold(member.name));
  const all = new Set(name);
  for (const id of skillIds) for (const word of skillWords.get(id) ?? []) all.add(word);
  if (!publicOnly || isFieldPublic(member, 'offers')) for (const offer of held(member.offers)) for (const word of fold(offer)) all.add(word);
  if (!publicOnly || isFieldPublic(member, 'needs')) for (const need of held(member.needs)) for (const word of fold(need)) all.add(word);
  return { name, all };
}
