import { foldText } from '../search/foldText';
import { phoneDigits } from './values';

/** What makes two people one: the same e-mail (any case), or the same name and the same phone. */
export type DuplicateBy = 'email' | 'namePhone';

interface Person {
  name: string;
  email: string;
  phone: string;
}

function keysOf(person: Person): { by: DuplicateBy; key: string }[] {
  const keys: { by: DuplicateBy; key: string }[] = [];
  const email = person.email.trim().toLowerCase();
  if (email) keys.push({ by: 'email', key: email });
  const digits = phoneDigits(person.phone);
  const name = foldText(person.name);
  if (digits && name) keys.push({ by: 'namePhone', key: `${name}|${digits}` });
  return keys;
}

/** An index of people seen so far; `find` answers the first one a person matches. */
export class PeopleIndex<T> {
  private readonly byKey = new Map<string, T>();

  add(person: Person, value: T): void {
    for (const { by, key } of keysOf(person)) if (!this.byKey.has(`${by}:${key}`)) this.byKey.set(`${by}:${key}`, value);
  }

  find(person: Person): { by: DuplicateBy; match: T } | null {
    for (const { by, key } of keysOf(person)) {
      const match = this.byKey.get(`${by}:${key}`);
      if (match !== undefined) return { by, match };
    }
    return null;
  }
}
