import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longText, requiredText } from './common';

export const projectStatuses = ['idea', 'gathering', 'running', 'done'] as const;

export const projectFieldsSchema = z.strictObject({
  title: requiredText(140),
  summary: longText(2000),
  status: z.enum(projectStatuses),
  ownerMemberId: idSchema.nullable(),
  /** Skill ids the project is asking for. */
  wantedSkills: z.array(idSchema).max(30),
  /** Shown on the wall display and open to local citizens who are not members. */
  public: z.boolean(),
  startsOn: isoDateSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

export const projectMembershipFieldsSchema = z.strictObject({
  projectId: idSchema,
  memberId: idSchema,
  role: z.enum(['lead', 'helper', 'follower']),
  joinedAt: isoDateTimeSchema,
});
export type ProjectMembershipFields = z.infer<typeof projectMembershipFieldsSchema>;

export const taskFieldsSchema = z.strictObject({
  projectId: idSchema,
  title: requiredText(140),
  details: longText(2000),
  status: z.enum(['open', 'taken', 'done']),
  wantedSkills: z.array(idSchema).max(20),
  assigneeMemberId: idSchema.nullable(),
  dueOn: isoDateSchema.nullable(),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;

export const commentFieldsSchema = z.strictObject({
  projectId: idSchema,
  taskId: idSchema.nullable(),
  authorMemberId: idSchema.nullable(),
  /** For citizens who are not members. */
  authorName: requiredText(120),
  body: requiredText(4000),
  kind: z.enum(['comment', 'counterProposal', 'offerToHelp']),
  createdAt: isoDateTimeSchema,
});
export type CommentFields = z.infer<typeof commentFieldsSchema>;

export const volunteerHoursFieldsSchema = z.strictObject({
  memberId: idSchema.nullable(),
  personName: requiredText(120),
  projectId: idSchema.nullable(),
  on: isoDateSchema,
  hours: z.number().positive().max(24),
  note: longText(500),
});
export type VolunteerHoursFields = z.infer<typeof volunteerHoursFieldsSchema>;
