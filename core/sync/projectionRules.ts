import { isFieldPublic, toPublicMember, type PublicMember } from '../memberPrivacy';
import { approvalOf, type Member, type RowOf, type TableName } from '../schemas';
import type { SyncedRow } from './merge';
import type { DerivedField, ProjectionRules, RoleRule } from './roleProjection';

/**
 * The rules of what each public role receives, table by table (the types and the one function
 * that applies them are in roleProjection.ts; docs/sync-protocol.md's table is generated from
 * these). Deny by default: what is not listed here is not sent.
 */

/** A stored row read as its table's row type: rows reach the rules already validated. */
export function storedRow<T extends TableName>(_table: T, row: SyncedRow): RowOf<T> {
  return row as RowOf<T>;
}

// ---- members: core/memberPrivacy.ts decides what is public; this only maps it onto fields.

const publicViews = new WeakMap<SyncedRow, PublicMember>();
function publicView(member: Member): PublicMember {
  let view = publicViews.get(member);
  if (!view) {
    view = toPublicMember(member);
    publicViews.set(member, view);
  }
  return view;
}
const fromPublic = (pick: (view: PublicMember) => unknown): DerivedField<'members'> => ({ doc: 'if public, else empty', value: (row) => pick(publicView(row)) });
/** Fields without an empty value in their schema (plan, memberSince) are left out instead. */
const ifPublic = (pick: (view: PublicMember) => unknown): DerivedField<'members'> => ({ doc: 'if public', value: (row) => pick(publicView(row)) ?? undefined });

const publicProfile = {
  name: 'sent',
  active: 'sent',
  consent: 'sent',
  photo: fromPublic((view) => view.photo),
  company: fromPublic((view) => view.company ?? ''),
  bio: fromPublic((view) => view.bio ?? ''),
  skills: fromPublic((view) => view.skills),
  offers: fromPublic((view) => view.offers),
  needs: fromPublic((view) => view.needs),
  languages: fromPublic((view) => view.languages),
  email: fromPublic((view) => view.email ?? ''),
  phone: fromPublic((view) => view.phone ?? ''),
  plan: ifPublic((view) => view.plan),
  memberSince: ifPublic((view) => view.memberSince),
  cardToken: 'withheld',
  pinHash: 'withheld',
  hoursByName: 'withheld',
} as const satisfies RoleRule<'members'>['fields'];

/** The kiosk shows first name, last initial and a public photo, and checks cards and PINs. */
const kioskProfile = {
  name: 'sent',
  active: 'sent',
  consent: 'sent',
  photo: publicProfile.photo,
  company: 'withheld',
  bio: 'withheld',
  skills: 'withheld',
  offers: 'withheld',
  needs: 'withheld',
  languages: 'withheld',
  email: 'withheld',
  phone: 'withheld',
  plan: 'withheld',
  memberSince: 'withheld',
  cardToken: { doc: 'HMAC-SHA256 keyed hash, core/cardLookup.ts', value: (row, context) => (row.cardToken === null ? null : context.hashCardToken(row.cardToken)) },
  pinHash: 'sent',
  hoursByName: 'withheld',
} as const satisfies RoleRule<'members'>['fields'];

const activeMembers = { doc: 'active members', visible: (row: Member) => row.active };
const publicMemberRule: RoleRule<'members'> = { rows: activeMembers, fields: publicProfile };

// ---- check-ins follow their member: active, and for wall and room shown as present.

const isActiveMember = (parent: SyncedRow) => storedRow('members', parent).active;
const isShownPresent = (parent: SyncedRow) => isActiveMember(parent) && isFieldPublic(storedRow('members', parent), 'presence');
const presenceEvent = { memberId: 'sent', kind: 'sent', at: 'sent', method: 'withheld', bookingId: 'withheld' } as const satisfies RoleRule<'checkIns'>['fields'];
const shownPresentRule: RoleRule<'checkIns'> = { rows: { doc: 'of active members shown as present (consent)' }, parentVisible: isShownPresent, fields: presenceEvent };

// ---- hub settings: everything but PIN verifiers and secrets for wall and room.

const publicSettings = {
  name: 'sent',
  town: 'sent',
  defaultLanguage: 'sent',
  timeZone: 'sent',
  kioskIdleSeconds: 'sent',
  checkInPinRequired: 'sent',
  guestRetentionDays: 'sent',
  closingTime: 'sent',
  noShowReleaseMinutes: 'sent',
  bookingPolicy: 'sent',
  hostPinHash: 'withheld',
  pinSalt: 'withheld',
  // What the wall shows and when (core/wall/wallSettings.ts).
  wallDisplay: 'sent',
  // The money value of an hour is for hosts' reports to funders.
  volunteerHourValue: 'withheld',
} as const satisfies RoleRule<'hubSettings'>['fields'];
const publicSettingsRule: RoleRule<'hubSettings'> = { rows: { doc: 'all' }, fields: publicSettings };

const skillRule: RoleRule<'skills'> = { rows: { doc: 'all' }, fields: { labels: 'sent', synonyms: 'sent' } };

// ---- projects: public ones only; what follows a project is seen while the project is public.

const publicProjectFields = {
  title: 'sent', pitch: 'sent', summary: 'sent', status: 'sent', photo: 'sent', tags: 'sent', place: 'sent', wantedSkills: 'sent',
  needsPeople: 'sent', public: 'sent', startsOn: 'sent', createdAt: 'sent', ownerMemberId: 'sent', closedReason: 'sent', continuedIn: 'sent', counterTo: 'sent',
  ownerCitizenId: 'withheld',
} as const satisfies RoleRule<'projects'>['fields'];
const publicProjectRule: RoleRule<'projects'> = { rows: { doc: 'public projects only', visible: (row) => row.public }, fields: publicProjectFields };

const projectLink = { table: 'projects', field: 'projectId' } as const;
const isPublicProject = (parent: SyncedRow) => storedRow('projects', parent).public;
const ofPublicProjects = { doc: 'of public projects' };

const openTaskFields = {
  projectId: 'sent', title: 'sent', status: 'sent', wantedSkills: 'sent', dueOn: 'sent', estimatedHours: 'sent',
  details: 'withheld', assigneeMemberId: 'withheld', assigneeCitizenId: 'withheld',
} as const satisfies RoleRule<'tasks'>['fields'];

const approvedHoursRule: RoleRule<'volunteerHours'> = {
  rows: { doc: 'approved, of public projects', visible: (row) => approvalOf(row) === 'approved' },
  parentVisible: isPublicProject,
  fields: {
    projectId: 'sent', on: 'sent', hours: 'sent', approval: 'sent',
    memberId: 'withheld', personName: 'withheld', note: 'withheld', taskId: 'withheld', citizenId: 'withheld', approvedBy: 'withheld', approvedAt: 'withheld',
  },
};

export const projectionRules: ProjectionRules = {
  hubSettings: {
    roles: {
      // The kiosk's host screens (behind the host PIN) edit the settings and check PINs offline.
      kiosk: { rows: { doc: 'all' }, fields: { ...publicSettings, hostPinHash: 'sent', pinSalt: 'sent' } },
      wall: publicSettingsRule,
      room: publicSettingsRule,
    },
  },
  members: {
    roles: {
      kiosk: { rows: activeMembers, fields: kioskProfile },
      // The room display has no member directory: not one member reaches the door.
      wall: publicMemberRule,
    },
  },
  // The kiosk names the skills its public projects and their tasks ask for.
  skills: { roles: { kiosk: skillRule, wall: skillRule } },
  zones: { roles: { kiosk: { rows: { doc: 'all' }, fields: { name: 'sent', active: 'sent', kind: 'withheld', parentId: 'withheld', quiet: 'withheld', plan: 'withheld' } } } },
  desks: {
    roles: {
      kiosk: {
        rows: { doc: 'all' },
        fields: { code: 'sent', zoneId: 'sent', active: 'sent', fixedMemberId: 'sent', outOfService: 'sent', features: 'withheld', planPosition: 'withheld' },
      },
    },
  },
  rooms: {
    roles: {
      kiosk: {
        rows: { doc: 'all' },
        fields: {
          name: 'sent', active: 'sent', bookableBy: 'sent',
          zoneId: 'withheld', capacity: 'withheld', equipment: 'withheld', description: 'withheld', photo: 'withheld', planPosition: 'withheld',
        },
      },
      room: {
        rows: { doc: 'its own room', visible: (row, context) => row.id === context.roomId },
        fields: {
          name: 'sent', active: 'sent', capacity: 'sent', equipment: 'sent', description: 'sent', bookableBy: 'sent', photo: 'sent',
          zoneId: 'withheld', planPosition: 'withheld',
        },
      },
      // The wall names the room of a public event.
      wall: {
        rows: { doc: 'all' },
        fields: {
          name: 'sent', active: 'sent',
          zoneId: 'withheld', capacity: 'withheld', equipment: 'withheld', description: 'withheld', bookableBy: 'withheld', photo: 'withheld', planPosition: 'withheld',
        },
      },
    },
  },
  bookings: {
    roles: {
      // The kiosk confirms a member's booking at check-in and shows today's public events; a
      // booking's own title stays with the hosts. Why the hub refused a booking is no secret.
      kiosk: {
        rows: { doc: 'all' },
        fields: {
          resourceKind: 'sent', resourceId: 'sent', memberId: 'sent', title: 'withheld', startsAt: 'sent', endsAt: 'sent',
          status: 'sent', confirmedAt: 'sent', rejection: 'sent', publicEvent: 'sent',
        },
      },
      // The door shows when its room is taken, never by whom; a public event by its public title.
      room: {
        rows: { doc: 'of its own room', visible: (row, context) => row.resourceKind === 'room' && row.resourceId === context.roomId },
        fields: {
          resourceKind: 'sent', resourceId: 'sent', startsAt: 'sent', endsAt: 'sent', status: 'sent', confirmedAt: 'sent',
          memberId: 'withheld', title: 'withheld', rejection: 'sent', publicEvent: 'sent',
        },
      },
      // The wall shows today's public events and nothing else of the bookings.
      wall: {
        rows: { doc: 'public events only', visible: (row) => row.resourceKind === 'room' && row.publicEvent != null },
        fields: {
          resourceKind: 'sent', resourceId: 'sent', startsAt: 'sent', endsAt: 'sent', status: 'sent', publicEvent: 'sent',
          memberId: 'withheld', title: 'withheld', confirmedAt: 'withheld', rejection: 'withheld',
        },
      },
    },
  },
  // A series is a booking as a rule: the kiosk counts it in today's rooms and free desks and in
  // a member's own bookings, the door in its room's day; neither learns its title.
  bookingSeries: {
    roles: {
      kiosk: {
        rows: { doc: 'all' },
        fields: {
          resourceKind: 'sent', resourceId: 'sent', memberId: 'sent', title: 'withheld', weekdays: 'sent', startDate: 'sent',
          until: 'sent', count: 'sent', startTime: 'sent', endTime: 'sent', status: 'sent',
        },
      },
      room: {
        rows: { doc: 'of its own room', visible: (row, context) => row.resourceKind === 'room' && row.resourceId === context.roomId },
        fields: {
          resourceKind: 'sent', resourceId: 'sent', weekdays: 'sent', startDate: 'sent', until: 'sent', count: 'sent',
          startTime: 'sent', endTime: 'sent', status: 'sent', memberId: 'withheld', title: 'withheld',
        },
      },
    },
  },
  // What happened to a series' dates (taken out, checked into, released) follows the series. A
  // door gets those of every meeting-room series: dates and a kind, nothing of who or what, and
  // its own room's series decide what it shows. A kiosk and a door need the check-ins too: a date
  // checked into shows confirmed and is not checked into twice.
  seriesExceptions: {
    parent: { table: 'bookingSeries', field: 'seriesId' },
    roles: {
      kiosk: { rows: { doc: 'all' }, fields: { seriesId: 'sent', date: 'sent', kind: 'sent', winnerId: 'sent' } },
      room: { rows: { doc: 'of meeting-room series' }, parentVisible: (parent) => parent.resourceKind === 'room', fields: { seriesId: 'sent', date: 'sent', kind: 'sent', winnerId: 'sent' } },
    },
  },
  checkIns: {
    parent: { table: 'members', field: 'memberId' },
    roles: {
      // The kiosk toggles in and out and counts who is in, so it needs everyone's events.
      kiosk: { rows: { doc: 'of active members' }, parentVisible: isActiveMember, fields: presenceEvent },
      wall: shownPresentRule,
    },
  },
  // Guests sign in at the kiosk, which shows none afterwards: guest names stay with the hosts.
  guests: { roles: {} },
  // The pinboard on the kiosk and the wall's slides show public projects only: a members-only
  // project never reaches a public machine, not even as a row, and one that becomes members-only
  // is withdrawn (a bare tombstone) with everything that follows it.
  projects: { roles: { kiosk: publicProjectRule, wall: publicProjectRule } },
  projectMemberships: {
    parent: projectLink,
    roles: {
      // The kiosk shows who is in and lets a checked-in member join, follow or leave.
      kiosk: { rows: ofPublicProjects, parentVisible: isPublicProject, fields: { projectId: 'sent', memberId: 'sent', role: 'sent', joinedAt: 'sent', citizenId: 'withheld' } },
      // The wall counts who is in, never who.
      wall: { rows: ofPublicProjects, parentVisible: isPublicProject, fields: { projectId: 'sent', role: 'sent', memberId: 'withheld', joinedAt: 'withheld', citizenId: 'withheld' } },
    },
  },
  tasks: {
    parent: projectLink,
    roles: {
      // A member takes a task at the kiosk and hands back one they took.
      kiosk: {
        rows: ofPublicProjects,
        parentVisible: isPublicProject,
        fields: { ...openTaskFields, details: 'sent', assigneeMemberId: 'sent' },
      },
      wall: { rows: { doc: 'open tasks of public projects', visible: (row) => row.status === 'open' }, parentVisible: isPublicProject, fields: openTaskFields },
    },
  },
  comments: {
    parent: projectLink,
    roles: {
      // The kiosk's project page shows the feedback; a citizen is never named on it.
      kiosk: {
        rows: ofPublicProjects,
        parentVisible: isPublicProject,
        fields: {
          projectId: 'sent', taskId: 'sent', authorMemberId: 'sent', body: 'sent', kind: 'sent', createdAt: 'sent', parentId: 'sent', helpful: 'sent',
          authorName: { doc: "members' only", value: (row) => (row.authorMemberId === null ? undefined : row.authorName) },
          authorCitizenId: 'withheld',
        },
      },
    },
  },
  // Public machines add up hours per project and for the year, and never learn whose they are.
  volunteerHours: { parent: projectLink, roles: { kiosk: approvedHoursRule, wall: approvedHoursRule } },
  projectEdits: { roles: {} },
  // Citizens' names and how to reach them stay with the hosts; pledges are personal.
  citizens: { roles: {} },
  pledges: { roles: {} },
  // A citizen's offer to help names them and how to reach them: for the hosts who answer it.
  helpOffers: { roles: {} },
  devices: { roles: {} },
};

