import { useMemo } from 'react';
import { publicShortName } from '@core/kiosk/kioskNameSearch';
import { useMembersByIds } from '../../../data/liveQueries';
import { useCitizens } from '../../../data/projects/pinboardQueries';
import { atKiosk } from './sectionAccess';
import type { PinboardActor } from '../actor';

/** Who a row names: a member, a registered citizen, or neither (the hub, or a name the kiosk was not sent). */
export interface NamedPerson {
  memberId?: string | null;
  citizenId?: string | null;
}

/**
 * The names of the members and citizens a section shows. Members come by id from the table,
 * citizens from the host's list (a public machine holds none). At the kiosk a name is shown as
 * the kiosk shows every name: first name and last initial. Null while unknown: the caller says
 * "a member" or "a local resident" in words instead.
 */
export interface PersonNames {
  nameOf: (person: NamedPerson) => string | null;
  /** A name as written on a row (a comment's author), as this reader's screen shows names. */
  shown: (name: string) => string;
}

export function usePersonNames(actor: PinboardActor, memberIds: readonly (string | null | undefined)[]): PersonNames {
  const ids = useMemo(() => memberIds.filter((id): id is string => typeof id === 'string'), [memberIds]);
  const members = useMembersByIds(ids);
  const citizens = useCitizens();
  const kiosk = atKiosk(actor);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const member of members ?? []) names.set(`m:${member.id}`, member.name);
    for (const citizen of citizens ?? []) names.set(`c:${citizen.id}`, citizen.name);
    const shown = (name: string) => (kiosk ? publicShortName(name) : name);
    const nameOf = (person: NamedPerson) => {
      const key = person.memberId ? `m:${person.memberId}` : person.citizenId ? `c:${person.citizenId}` : null;
      const name = key === null ? undefined : names.get(key);
      return name === undefined ? null : shown(name);
    };
    return { nameOf, shown };
  }, [members, citizens, kiosk]);
}
