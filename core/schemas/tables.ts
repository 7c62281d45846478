import type { z } from 'zod';
import { bookingSeriesFieldsSchema, seriesExceptionFieldsSchema } from '../bookings/bookingSeries';
import { bookingFieldsSchema } from './booking';
import type { SyncFields } from './common';
import { deviceFieldsSchema, hubSettingsFieldsSchema } from './hub';
import { helpOfferFieldsSchema } from './helpOffer';
import { memberFieldsSchema } from './member';
import { deskFieldsSchema, roomFieldsSchema, zoneFieldsSchema } from './place';
import { checkInFieldsSchema, guestFieldsSchema } from './presence';
import {
  citizenFieldsSchema,
  commentFieldsSchema,
  pledgeFieldsSchema,
  projectEditFieldsSchema,
  projectFieldsSchema,
  projectMembershipFieldsSchema,
  taskFieldsSchema,
  volunteerHoursFieldsSchema,
} from './project';
import { skillFieldsSchema } from './skill';

/**
 * Every synced table and the schema of its fields. Table names are the keys used by the
 * local database, the outbox and the sync protocol, so they never change meaning.
 */
export const tableSchemas = {
  hubSettings: hubSettingsFieldsSchema,
  members: memberFieldsSchema,
  skills: skillFieldsSchema,
  zones: zoneFieldsSchema,
  desks: deskFieldsSchema,
  rooms: roomFieldsSchema,
  bookings: bookingFieldsSchema,
  /** A weekly booking as a rule (core/bookings/bookingSeries.ts), and the dates taken out of it. */
  bookingSeries: bookingSeriesFieldsSchema,
  seriesExceptions: seriesExceptionFieldsSchema,
  checkIns: checkInFieldsSchema,
  guests: guestFieldsSchema,
  projects: projectFieldsSchema,
  projectMemberships: projectMembershipFieldsSchema,
  tasks: taskFieldsSchema,
  comments: commentFieldsSchema,
  volunteerHours: volunteerHoursFieldsSchema,
  /** Who changed a project's pitch, description or stage, and when (core/projects/edits.ts). */
  projectEdits: projectEditFieldsSchema,
  /** Local citizens who are not members, with the consent a host recorded. */
  citizens: citizenFieldsSchema,
  /** Members' time pledges, one row per change (core/projects/pledges.ts). */
  pledges: pledgeFieldsSchema,
  /** "I'd like to help" from a public project's page, waiting for a host (core/schemas/helpOffer.ts). */
  helpOffers: helpOfferFieldsSchema,
  devices: deviceFieldsSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];

export type FieldsOf<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
/** A stored row: its fields plus the sync bookkeeping. */
export type RowOf<T extends TableName> = FieldsOf<T> & SyncFields;

export type Member = RowOf<'members'>;
export type Skill = RowOf<'skills'>;
export type Zone = RowOf<'zones'>;
export type Desk = RowOf<'desks'>;
export type Room = RowOf<'rooms'>;
export type Booking = RowOf<'bookings'>;
export type BookingSeries = RowOf<'bookingSeries'>;
export type SeriesException = RowOf<'seriesExceptions'>;
export type CheckIn = RowOf<'checkIns'>;
export type Guest = RowOf<'guests'>;
export type HubSettings = RowOf<'hubSettings'>;
export type Project = RowOf<'projects'>;
export type HelpOffer = RowOf<'helpOffers'>;

/** The same map, typed so that a generic table name still finds its own schema. */
const schemasByTable: { [T in TableName]: z.ZodType<FieldsOf<T>> } = tableSchemas;

export function schemaOf<T extends TableName>(table: T): z.ZodType<FieldsOf<T>> {
  return schemasByTable[table];
}

/** A stored row from its fields and sync bookkeeping. */
export function toRow<T extends TableName>(fields: FieldsOf<T>, sync: SyncFields): RowOf<T> {
  return Object.assign({}, fields, sync);
}
