import { useLiveQuery } from 'dexie-react-hooks';
import { startOfDay } from 'date-fns';
import { HUB_SETTINGS_ID, type HubSettings, type Member, type Skill } from '@core/schemas';
import { whoIsIn } from '@core/presence';
import { useDataContext } from './DataProvider';
import { defaultHubSettings } from './hubSettingsRepo';

/**
 * Every screen reads through these live queries, so a change made here, in another tab or
 * (later) by sync repaints every screen by itself. Tombstoned rows never leave this file.
 */
export function useMembers(): Member[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.members.filter((member) => !member.deleted).toArray(), [db]);
}

export function useMember(id: string | null): Member | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    if (!id) return undefined;
    const member = await db.members.get(id);
    return member && !member.deleted ? member : undefined;
  }, [db, id]);
}

export function useSkills(): Skill[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.skills.filter((skill) => !skill.deleted).toArray(), [db]);
}

export function useHubSettings(): Omit<HubSettings, 'hlc' | 'deviceId' | 'deleted'> {
  const { db } = useDataContext();
  const stored = useLiveQuery(() => db.hubSettings.get(HUB_SETTINGS_ID), [db]);
  return stored && !stored.deleted ? stored : { id: HUB_SETTINGS_ID, ...defaultHubSettings };
}

/** Ids of members checked in right now (their last check-in event today is "in"). */
export function useMembersInToday(): ReadonlySet<string> | undefined {
  const { db, now } = useDataContext();
  const since = startOfDay(now()).toISOString();
  return useLiveQuery(async () => {
    const events = await db.checkIns.where('at').aboveOrEqual(since).toArray();
    return whoIsIn(events.filter((event) => !event.deleted));
  }, [db, since]);
}
