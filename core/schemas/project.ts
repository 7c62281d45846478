import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longText, requiredText, shortText } from './common';
import { photoSchema } from './member';

/**
 * Projects and ideas on the pinboard, with their group, tasks, feedback and hours
 * (core/projects/ holds the rules). Fields added for the pinboard are optional: rows written
 * before it hold none of them, and `projectViewOf` reads them with their defaults.
 */

/** The stages of a project; `paused` was added with the pinboard (every stage has a next step, core/projects/stages.ts). */
export const projectStatuses = ['idea', 'gathering', 'running', 'done', 'paused'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** A month in the hub's time zone, "YYYY-MM". */
export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Not a month');

export const projectFieldsSchema = z.strictObject({
  title: requiredText(140),
  /** The description. */
  summary: longText(2000),
  status: z.enum(projectStatuses),
  ownerMemberId: idSchema.nullable(),
  /** Skill ids the project is asking for. */
  wantedSkills: z.array(idSchema).max(30),
  /** Shown on the wall display and the kiosk, and open to local citizens; false: members only. */
  public: z.boolean(),
  startsOn: isoDateSchema.nullable(),
  createdAt: isoDateTimeSchema,
  /** The one-line pitch on the card. Absent in rows written before the pinboard: ''. */
  pitch: shortText(200).optional(),
  /** Resized in the browser like members' and rooms' photos. Absent: none. */
  photo: photoSchema.nullable().optional(),
  /** Free tags a host or owner gives (filters on the pinboard). Absent: none. */
  tags: z.array(requiredText(40)).max(12).optional(),
  /** The village or place it happens in. Absent: ''. */
  place: shortText(80).optional(),
  /** How many people it needs (the meter); null or absent: no target. */
  needsPeople: z.int().min(1).max(500).nullable().optional(),
  /** A citizen a host pinned the idea for (then `ownerMemberId` is usually null). Absent: none. */
  ownerCitizenId: idSchema.nullable().optional(),
  /** Why a `done` project was closed without being carried out; null or absent: it was carried out. */
  closedReason: shortText(300).nullable().optional(),
  /** The project a merged idea continues in (core/projects/merge.ts); null or absent: not merged. */
  continuedIn: idSchema.nullable().optional(),
  /** The project this card is a counter-proposal to (a comment made its own card). Absent: none. */
  counterTo: idSchema.nullable().optional(),
});
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

/** Everything a project holds, with what rows written before the pinboard lack filled in. */
export type ProjectView = Required<ProjectFields>;

/** The one reading of a stored project: absent pinboard fields take their defaults. */
export function projectViewOf(fields: ProjectFields): ProjectView {
  return {
    ...fields,
    pitch: fields.pitch ?? '',
    photo: fields.photo ?? null,
    tags: fields.tags ?? [],
    place: fields.place ?? '',
    needsPeople: fields.needsPeople ?? null,
    ownerCitizenId: fields.ownerCitizenId ?? null,
    closedReason: fields.closedReason ?? null,
    continuedIn: fields.continuedIn ?? null,
    counterTo: fields.counterTo ?? null,
  };
}

/** Who a membership, task or hour entry is for: a member or a registered citizen, exactly one. */
const isOnePerson = (memberId: string | null | undefined, citizenId: string | null | undefined) => (memberId != null) !== (citizenId != null);
const atMostOnePerson = (memberId: string | null | undefined, citizenId: string | null | undefined) => memberId == null || citizenId == null;

export const projectRoles = ['lead', 'helper', 'follower'] as const;

/**
 * "I'm in" is `helper`, "Follow" is `follower`. The id is `membershipId(projectId, person)`
 * (core/projects/membership.ts), so joining twice on two machines is one row.
 */
export const projectMembershipFieldsSchema = z
  .strictObject({
    projectId: idSchema,
    /** Null when the person is a citizen. */
    memberId: idSchema.nullable(),
    role: z.enum(projectRoles),
    joinedAt: isoDateTimeSchema,
    /** A citizen who is not a member (the `citizens` table); absent in rows written before: a member. */
    citizenId: idSchema.nullable().optional(),
  })
  .refine((row) => isOnePerson(row.memberId, row.citizenId), { error: 'A membership is for one member or one citizen', path: ['memberId'] });
export type ProjectMembershipFields = z.infer<typeof projectMembershipFieldsSchema>;

export const taskStatuses = ['open', 'taken', 'done'] as const;

export const taskFieldsSchema = z
  .strictObject({
    projectId: idSchema,
    title: requiredText(140),
    details: longText(2000),
    status: z.enum(taskStatuses),
    wantedSkills: z.array(idSchema).max(20),
    assigneeMemberId: idSchema.nullable(),
    dueOn: isoDateSchema.nullable(),
    /** Absent in rows written before: not estimated. */
    estimatedHours: z.number().positive().max(1000).nullable().optional(),
    /** A registered citizen who took it (then `assigneeMemberId` is null). Absent: none. */
    assigneeCitizenId: idSchema.nullable().optional(),
  })
  .refine((row) => atMostOnePerson(row.assigneeMemberId, row.assigneeCitizenId), { error: 'A task has one assignee at most', path: ['assigneeCitizenId'] });
export type TaskFields = z.infer<typeof taskFieldsSchema>;

/**
 * Feedback kinds. New comments are an idea to add (for), a concern (against) or a question;
 * rows written before the pinboard hold the old kinds, which stay valid and read as one of the
 * new ones (`commentKindOf` in core/projects/feedback.ts).
 */
export const commentKinds = ['idea', 'concern', 'question'] as const;
export const legacyCommentKinds = ['comment', 'counterProposal', 'offerToHelp'] as const;
export type CommentKind = (typeof commentKinds)[number];

export const commentFieldsSchema = z.strictObject({
  projectId: idSchema,
  taskId: idSchema.nullable(),
  authorMemberId: idSchema.nullable(),
  /** As written by a member, or a citizen's name as a host typed it; public machines get it for members only. */
  authorName: requiredText(120),
  body: requiredText(4000),
  kind: z.enum([...commentKinds, ...legacyCommentKinds]),
  createdAt: isoDateTimeSchema,
  /** The comment this one answers; null or absent: a top-level comment. */
  parentId: idSchema.nullable().optional(),
  /** The owner marked it helpful. Absent: not marked. */
  helpful: z.boolean().optional(),
  /** A registered citizen who said it (a host typed it in). Absent: none. */
  authorCitizenId: idSchema.nullable().optional(),
});
export type CommentFields = z.infer<typeof commentFieldsSchema>;

/** Hours wait for a host to approve them; only approved hours count in totals and reports. */
export const hoursApprovals = ['pending', 'approved'] as const;

export const volunteerHoursFieldsSchema = z
  .strictObject({
    memberId: idSchema.nullable(),
    personName: requiredText(120),
    projectId: idSchema.nullable(),
    on: isoDateSchema,
    hours: z.number().positive().max(24),
    note: longText(500),
    taskId: idSchema.nullable().optional(),
    /** A registered citizen who gave the hours. Absent: none (a name only, as before). */
    citizenId: idSchema.nullable().optional(),
    /** Absent in rows written before approvals: approved (they were a host's entries). */
    approval: z.enum(hoursApprovals).optional(),
    /** Who approved: the member id of the host, or null for a host desk without one. */
    approvedBy: idSchema.nullable().optional(),
    approvedAt: isoDateTimeSchema.nullable().optional(),
  })
  .refine((row) => atMostOnePerson(row.memberId, row.citizenId), { error: 'Hours are one member\'s or one citizen\'s', path: ['citizenId'] });
export type VolunteerHoursFields = z.infer<typeof volunteerHoursFieldsSchema>;

/** The approval of an hour entry; rows written before approvals existed were entered by hosts and count. */
export function approvalOf(fields: Pick<VolunteerHoursFields, 'approval'>): (typeof hoursApprovals)[number] {
  return fields.approval ?? 'approved';
}

/** The fields whose changes `projectEdits` records (who changed the pitch, and when). */
export const trackedProjectFields = ['pitch', 'summary', 'status'] as const;

/** One line of a project's edit history: written with the change of a tracked field. */
export const projectEditFieldsSchema = z.strictObject({
  projectId: idSchema,
  field: z.enum(trackedProjectFields),
  /** The member who changed it; null for a host desk acting without a member profile. */
  byMemberId: idSchema.nullable(),
  at: isoDateTimeSchema,
});
export type ProjectEditFields = z.infer<typeof projectEditFieldsSchema>;

/**
 * What a local citizen who is not a member agreed to, recorded by a host: `contact` to be
 * reached about the projects they follow or help, `publicName` their name on public screens.
 * Being kept on the list at all is what the record is for; a citizen who withdraws is deleted.
 */
export const citizenConsentScopes = ['contact', 'publicName'] as const;

export const citizenConsentSchema = z.strictObject({
  scopes: z.array(z.enum(citizenConsentScopes)).max(citizenConsentScopes.length),
  at: isoDateTimeSchema,
  /** Which wording of the consent text they were shown (core/projects/citizens.ts). */
  textVersion: z.int().min(1).max(1000),
});

export const citizenFieldsSchema = z.strictObject({
  name: requiredText(120),
  /** How to reach them: a phone number, an e-mail or a few words ("via the baker"). */
  contact: shortText(200),
  consent: citizenConsentSchema,
  createdAt: isoDateTimeSchema,
});
export type CitizenFields = z.infer<typeof citizenFieldsSchema>;

/**
 * A member's time pledge, from one month on (core/projects/pledges.ts): hours a month, or a
 * share of a working week. A newer pledge closes the one before (`untilMonth`), so a month's
 * pledge stays what it was when the member changes it later. Id `pledgeId(memberId, fromMonth)`.
 */
export const pledgeFieldsSchema = z
  .strictObject({
    memberId: idSchema,
    fromMonth: isoMonthSchema,
    /** The last month it counts; null while it is the member's current pledge. */
    untilMonth: isoMonthSchema.nullable(),
    hoursPerMonth: z.number().min(0).max(200).nullable(),
    /** A share of the week (0.2 for the 20 % the founding network asks), of `weekHours`. */
    weekShare: z.number().min(0).max(1).nullable(),
    weekHours: z.number().positive().max(80).nullable(),
    createdAt: isoDateTimeSchema,
  })
  .refine((row) => (row.hoursPerMonth === null) !== (row.weekShare === null), { error: 'A pledge is hours a month or a share of the week', path: ['hoursPerMonth'] })
  .refine((row) => row.untilMonth === null || row.untilMonth >= row.fromMonth, { error: 'A pledge ends after it starts', path: ['untilMonth'] });
export type PledgeFields = z.infer<typeof pledgeFieldsSchema>;
