import { useMemo } from 'react';
import type { PublicEventToday } from '@core/bookings/publicEvents';
import { toPublicMember } from '@core/memberPrivacy';
import { zonedDateOf } from '@core/time/zonedTime';
import type { WallSlideKind } from '@core/wall/wallSettings';
import { useFormatting } from '../../app/formatting';
import { useHubSettings, useMembersByIds, useMembersInToday, useSkills } from '../../data/liveQueries';
import { useCommunityHours, useNewestMembers, useOpenPublicProjects, type HoursTotal } from '../../data/wallQueries';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useTodayAtHub } from '../kiosk/useTodayAtHub';
import type { BookedRoomSlot } from '../kiosk/todaysEvents';
import { useSkillNames } from '../members/useSkillNames';
import { useLastKnown } from './useLastKnown';
import { projectAddress } from './wallQr';

/** How much each slide shows at most: what fits a 1080p screen at sizes read from three metres. */
export const WALL_LIMITS = { events: 4, people: 12, newMembers: 4, skillsPerPerson: 4, projects: 3, skillsPerProject: 3 } as const;

export interface WallPerson { id: string; firstName: string; photo: string | null }
export interface WallNewMember { id: string; name: string; photo: string | null; skills: string[] }
export interface WallProject { id: string; title: string; summary: string; stage: 'idea' | 'gathering' | 'running' | null; wanted: string[]; address: string | null }

export interface WallContent {
  events: PublicEventToday[];
  roomBookings: BookedRoomSlot[];
  /** Members in now who agreed to be shown as present: first name and public photo only. */
  people: WallPerson[];
  peopleCount: number;
  newMembers: WallNewMember[];
  year: string;
  hours: HoursTotal | null;
  projects: WallProject[];
}

const STAGES = ['idea', 'gathering', 'running'] as const;
const stageOf = (status: string): WallProject['stage'] => STAGES.find((stage) => stage === status) ?? null;
const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * What the wall's slides show, from the machine's live data, and which slides have anything to
 * show. Every member passes through toPublicMember (core/memberPrivacy.ts) first, also on a host
 * desk's tab opened as a wall, so only public fields ever reach the screen.
 */
export function useWallContent(now: Date): { content: WallContent; hasContent: (kind: WallSlideKind) => boolean } {
  const { timeZone } = useHubSettings();
  const format = useFormatting();
  const { hubUrl } = useSyncStatus();
  const today = useTodayAtHub();
  const inIds = useMembersInToday();
  // The members in are read again at every check-in; meanwhile the wall shows those it had.
  const inMembers = useLastKnown(useMembersByIds(useMemo(() => [...(inIds ?? [])], [inIds])));
  const newest = useNewestMembers(WALL_LIMITS.newMembers);
  const skillNames = useSkillNames(useSkills() ?? []);
  const projects = useOpenPublicProjects();
  const year = zonedDateOf(now, timeZone).slice(0, 4);
  const hours = useCommunityHours(`${year}-01-01`, `${year}-12-31`);

  const content = useMemo<WallContent>(() => {
    const named = (ids: readonly string[], limit: number) => ids.flatMap((id) => skillNames.get(id) ?? []).filter(Boolean).slice(0, limit);
    const shown = (inMembers ?? [])
      .filter((member) => member.active)
      .map(toPublicMember)
      .filter((member) => member.showsPresence)
      .map((member) => ({ id: member.id, firstName: firstNameOf(member.name), photo: member.photo }))
      .sort((a, b) => format.compareText(a.firstName, b.firstName));
    return {
      events: (today.events ?? []).slice(0, WALL_LIMITS.events),
      roomBookings: (today.roomBookings?.upcoming ?? []).slice(0, Math.max(0, WALL_LIMITS.events - (today.events?.length ?? 0))),
      people: shown.slice(0, WALL_LIMITS.people),
      peopleCount: shown.length,
      newMembers: (newest ?? []).map(toPublicMember).map((member) => ({ id: member.id, name: member.name, photo: member.photo, skills: named(member.skills, WALL_LIMITS.skillsPerPerson) })),
      year,
      hours: hours && hours.entries > 0 ? hours : null,
      projects: (projects ?? []).slice(0, WALL_LIMITS.projects).map((project) => ({
        id: project.id, title: project.title, summary: project.summary, stage: stageOf(project.status),
        wanted: named(project.wantedSkills, WALL_LIMITS.skillsPerProject), address: projectAddress(hubUrl, project.id),
      })),
    };
  }, [today.events, today.roomBookings, inMembers, newest, skillNames, projects, hours, year, hubUrl, format]);

  const hasContent = (kind: WallSlideKind): boolean => {
    switch (kind) {
      case 'events': return content.events.length + content.roomBookings.length > 0;
      case 'inToday': return content.people.length > 0;
      case 'newMembers': return content.newMembers.length > 0;
      case 'communityHours': return content.hours !== null;
      case 'projects': return content.projects.length > 0;
    }
  };
  return { content, hasContent };
}
