import { foldQuery, foldText } from '@core/search/foldText';
import { personKey, type Person } from '@core/projects/membership';

/** A person a host picks on the pinboard: a member or a registered citizen, with the name to show and keep. */
export type PickedPerson = Person & { name: string };

/**
 * Registered citizens whose name the query begins, word by word as the member search does
 * ("kar sm" finds Karen Smed), however it is spelt (ø/oe, ß/ss). At most `limit`, in list order.
 */
export function citizenMatches<T extends { id: string; name: string }>(citizens: readonly T[], query: string, limit: number): T[] {
  const words = foldQuery(query);
  if (words.length === 0) return [];
  return citizens
    .filter((citizen) => {
      const nameWords = foldText(citizen.name).split(' ');
      return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
    })
    .slice(0, limit);
}

/** Adds a person once (a second pick of the same one changes nothing); `multiple: false` replaces. */
export function withPerson(people: readonly PickedPerson[], person: PickedPerson, multiple: boolean): PickedPerson[] {
  if (!multiple) return [person];
  return people.some((other) => personKey(other) === personKey(person)) ? [...people] : [...people, person];
}

export function withoutPerson(people: readonly PickedPerson[], person: Person): PickedPerson[] {
  return people.filter((other) => personKey(other) !== personKey(person));
}
