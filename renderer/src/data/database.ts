import Dexie, { type Table } from 'dexie';
import { upgradeRejection, type RowOf, type TableName } from '@core/schemas';

/** A change waiting to be pushed to the hub: the fields it set and the stamp it set them with. */
export interface OutboxEntry {
  seq?: number;
  table: TableName;
  recordId: string;
  /** Only the fields this change wrote (a whole record on create, a tombstone on delete). */
  fields: Record<string, unknown>;
  hlc: string;
  deviceId: string;
}

/** Small local facts of this device that never sync (the clock's high-water mark). */
export interface LocalMeta {
  key: string;
  value: string;
}

/** Tables added by version 6 (the project pinboard). */
type NewInV6 = 'projectEdits' | 'citizens' | 'pledges';
/** Tables added by version 8 (offers to help from a public project's page). */
type NewInV8 = 'helpOffers';

/**
 * Index lists per version. A new version adds a line here and never edits an old one,
 * so every machine upgrades its local copy in place.
 */
const schemaV1: { [T in Exclude<TableName, 'bookingSeries' | 'seriesExceptions' | NewInV6 | NewInV8>]: string } & { outbox: string; meta: string } = {
  hubSettings: 'id',
  members: 'id, name, active',
  skills: 'id',
  zones: 'id, parentId',
  desks: 'id, zoneId, code',
  rooms: 'id, zoneId',
  bookings: 'id, resourceId, memberId, startsAt, [resourceId+startsAt]',
  checkIns: 'id, memberId, at',
  guests: 'id, arrivedAt, visitingMemberId',
  projects: 'id, status',
  projectMemberships: 'id, projectId, memberId',
  tasks: 'id, projectId, assigneeMemberId',
  comments: 'id, projectId, taskId',
  volunteerHours: 'id, memberId, projectId, on',
  devices: 'id',
  outbox: '++seq, [table+recordId]',
  meta: 'key',
};

/** Version 2: member cards (a card token looked up at every scan) and PINs. */
const schemaV2 = { ...schemaV1, members: 'id, name, active, cardToken' };

/** Version 4: weekly booking series as rules, and the dates taken out of them. */
const schemaV4: { [T in Exclude<TableName, NewInV6 | NewInV8>]: string } & { outbox: string; meta: string } = {
  ...schemaV2,
  bookingSeries: 'id, resourceId, memberId',
  seriesExceptions: 'id, seriesId',
};

/**
 * Version 5: bookings by their end too, so the timeline reads a day without decoding the week
 * before it (data/liveQueries.ts readBookingsBetween), and series by their kind. Only indexes
 * are added: IndexedDB builds them over the rows already stored.
 */
const schemaV5: typeof schemaV4 = {
  ...schemaV4,
  bookings: 'id, resourceId, memberId, startsAt, endsAt, [resourceId+startsAt]',
  bookingSeries: 'id, resourceId, memberId, resourceKind',
};

/**
 * Version 6: the project pinboard. New tables for the edit history, citizens who are not members
 * and members' pledges; tasks by their citizen assignee, hours by task and citizen, memberships
 * by citizen, comments by the comment they answer. Fields new on old tables are optional and
 * read with defaults (core/schemas/project.ts), so no row is rewritten.
 */
const schemaV6: { [T in Exclude<TableName, NewInV8>]: string } & { outbox: string; meta: string } = {
  ...schemaV5,
  projects: 'id, status, continuedIn',
  projectMemberships: 'id, projectId, memberId, citizenId',
  tasks: 'id, projectId, assigneeMemberId, assigneeCitizenId',
  comments: 'id, projectId, taskId, parentId',
  volunteerHours: 'id, memberId, projectId, on, taskId, citizenId',
  projectEdits: 'id, projectId, at',
  citizens: 'id, name',
  pledges: 'id, memberId',
};

/** Version 7: series exceptions by their date too, so a window's series read only that window's exceptions. */
const schemaV7: typeof schemaV6 = { ...schemaV6, seriesExceptions: 'id, seriesId, date' };

/** Version 8: citizens' offers to help (host desks only), by project and by whether a host answered. */
const schemaV8: { [T in TableName]: string } & { outbox: string; meta: string } = { ...schemaV7, helpOffers: 'id, projectId, status' };

export class LandhubDatabase extends Dexie {
  declare hubSettings: Table<RowOf<'hubSettings'>, string>;
  declare members: Table<RowOf<'members'>, string>;
  declare skills: Table<RowOf<'skills'>, string>;
  declare zones: Table<RowOf<'zones'>, string>;
  declare desks: Table<RowOf<'desks'>, string>;
  declare rooms: Table<RowOf<'rooms'>, string>;
  declare bookings: Table<RowOf<'bookings'>, string>;
  declare bookingSeries: Table<RowOf<'bookingSeries'>, string>;
  declare seriesExceptions: Table<RowOf<'seriesExceptions'>, string>;
  declare checkIns: Table<RowOf<'checkIns'>, string>;
  declare guests: Table<RowOf<'guests'>, string>;
  declare projects: Table<RowOf<'projects'>, string>;
  declare projectMemberships: Table<RowOf<'projectMemberships'>, string>;
  declare tasks: Table<RowOf<'tasks'>, string>;
  declare comments: Table<RowOf<'comments'>, string>;
  declare volunteerHours: Table<RowOf<'volunteerHours'>, string>;
  declare projectEdits: Table<RowOf<'projectEdits'>, string>;
  declare citizens: Table<RowOf<'citizens'>, string>;
  declare pledges: Table<RowOf<'pledges'>, string>;
  declare helpOffers: Table<RowOf<'helpOffers'>, string>;
  declare devices: Table<RowOf<'devices'>, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare meta: Table<LocalMeta, string>;

  constructor(name: string) {
    // Check-ins and bookings must survive a power cut, so every commit waits for the disk.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(async (transaction) => {
      // Rows written before cards and PINs existed get the empty values the schema expects.
      await transaction.table('members').toCollection().modify((member: Record<string, unknown>) => {
        member.cardToken ??= null;
        member.pinHash ??= null;
      });
      await transaction.table('hubSettings').toCollection().modify((settings: Record<string, unknown>) => {
        settings.hostPinHash ??= null;
      });
    });
    // Version 3: a rejected booking says why as a code (core/sync/refusals.ts), not in English.
    this.version(3).stores(schemaV2).upgrade(async (transaction) => {
      await transaction.table('bookings').toCollection().modify((booking: Record<string, unknown>) => {
        booking.rejection = upgradeRejection(booking.rejection ?? null);
      });
      await transaction.table('outbox').toCollection().modify((entry: OutboxEntry) => {
        if (entry.table === 'bookings' && 'rejection' in entry.fields) entry.fields.rejection = upgradeRejection(entry.fields.rejection);
      });
    });
    this.version(4).stores(schemaV4);
    this.version(5).stores(schemaV5);
    this.version(6).stores(schemaV6);
    this.version(7).stores(schemaV7);
    this.version(8).stores(schemaV8);
  }
}

/** A synced table, typed by its name. */
export function tableOf<T extends TableName>(db: LandhubDatabase, name: T): Table<RowOf<T>, string> {
  return db.table<RowOf<T>, string>(name);
}

export const DEFAULT_DATABASE_NAME = 'landhub';
