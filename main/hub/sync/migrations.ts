import type { Database } from 'better-sqlite3';

/**
 * Numbered schema migrations. A migration is appended, never edited: a hub upgraded from any
 * earlier version runs the ones it has not run yet, in order, each in its own transaction.
 */
const migrations: readonly string[] = [
  `CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
   INSERT INTO counters (name, value) VALUES ('seq', 0);
   CREATE TABLE records (
     table_name TEXT NOT NULL,
     id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     deleted INTEGER NOT NULL,
     resource_id TEXT,
     row_json TEXT NOT NULL,
     PRIMARY KEY (table_name, id)
   );
   CREATE UNIQUE INDEX records_by_seq ON records (seq);
   CREATE INDEX bookings_by_resource ON records (resource_id) WHERE resource_id IS NOT NULL;
   CREATE TABLE device_mutations (device_id TEXT PRIMARY KEY, last_mutation INTEGER NOT NULL);`,
  `CREATE TABLE devices (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     role TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     paired_at TEXT NOT NULL,
     last_seen_at TEXT,
     revoked_at TEXT,
     acked_seq INTEGER NOT NULL DEFAULT 0,
     pending_changes INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE pairing_codes (
     code_hash TEXT PRIMARY KEY,
     role TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     used_at TEXT
   );`,
  // A room display is paired for one meeting room and may book only that one.
  `ALTER TABLE pairing_codes ADD COLUMN room_id TEXT;
   ALTER TABLE devices ADD COLUMN room_id TEXT;`,
  // Each role gets only its view of the data (core/sync/roleProjection.ts). The card key hashes
  // card tokens for kiosks; parent_id is the record a row's visibility follows (a check-in's
  // member). Every record gets a new seq, in the same order, so machines paired before this
  // version pull their role's view again and lose what they should never have held.
  `CREATE TABLE hub_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
   ALTER TABLE records ADD COLUMN parent_id TEXT;
   UPDATE records SET parent_id = json_extract(row_json, '$.memberId') WHERE table_name = 'checkIns';
   CREATE INDEX records_by_parent ON records (parent_id, table_name) WHERE parent_id IS NOT NULL;
   UPDATE records SET seq = seq + (SELECT value FROM counters WHERE name = 'seq');
   UPDATE counters SET value = value * 2 WHERE name = 'seq';`,
  // A rejected booking says why as a code (core/sync/refusals.ts), not in English; the hub only
  // ever rejected for a conflict. Machines rewrite their copies the same way (Dexie version 3,
  // upgradeRejection in core/schemas/booking.ts), so no new seq is needed.
  `UPDATE records
     SET row_json = json_set(row_json, '$.rejection', json_object(
       'code', 'bookingConflict',
       'params', json_object(),
       'winnerId', json_extract(row_json, '$.rejection.winnerId')))
   WHERE table_name = 'bookings'
     AND json_type(row_json, '$.rejection') = 'object'
     AND json_type(row_json, '$.rejection.code') IS NULL;`,
  // Calendar feeds (main/hub/calendars/): one secret key per room or member feed, which a host
  // shows as a link and can rotate; a feed without its key does not exist.
  `CREATE TABLE calendar_feeds (
     kind TEXT NOT NULL,
     subject_id TEXT NOT NULL,
     feed_key TEXT NOT NULL,
     PRIMARY KEY (kind, subject_id)
   );`,
  // The booking policy counts a member's bookings that have not ended (core/bookings/bookingPolicy.ts);
  // the hub asks for them at every booking a member makes, so they are found by index, not by a scan.
  `CREATE INDEX bookings_by_member ON records (json_extract(row_json, '$.memberId')) WHERE table_name = 'bookings';`,
  // Weekly series hold slots as bookings do (core/bookings/seriesOverlap.ts): the hub reads a
  // resource's series by the same resource_id index. Their exceptions already keep their series in parent_id.
  `UPDATE records SET resource_id = json_extract(row_json, '$.resourceId') WHERE table_name = 'bookingSeries';`,
  // The store's epoch (docs/sync-protocol.md, "Restores"): a random id made once here and replaced
  // by every restore from a backup, whose seqs are older than what machines already pulled.
  `CREATE TABLE IF NOT EXISTS hub_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
   INSERT OR IGNORE INTO hub_meta (name, value) VALUES ('epoch', lower(hex(randomblob(16))));`,
  // Public projects reach the kiosk and the wall (core/sync/roleProjection.ts): memberships,
  // tasks, comments and hours follow their project in parent_id, as check-ins follow their
  // member. The rows of those tables get new seqs, in the same order, so machines that pulled
  // them as bare tombstones before pull them again as their role now sees them. The new tables
  // (projectEdits, citizens, pledges) are rows of \`records\` like every table and need nothing.
  `UPDATE records SET parent_id = json_extract(row_json, '$.projectId')
     WHERE table_name IN ('projectMemberships', 'tasks', 'comments', 'volunteerHours');
   UPDATE records SET seq = seq + (SELECT value FROM counters WHERE name = 'seq')
     WHERE table_name IN ('projects', 'projectMemberships', 'tasks', 'comments', 'volunteerHours');
   UPDATE counters SET value = max(value, (SELECT coalesce(max(seq), 0) FROM records)) WHERE name = 'seq';`,
  // The kiosk now gets the skill vocabulary (its pinboard names what projects ask for): the
  // skills get new seqs, in the same order, so kiosks that pulled them as tombstones pull them again.
  `UPDATE records SET seq = seq + (SELECT value FROM counters WHERE name = 'seq') WHERE table_name = 'skills';
   UPDATE counters SET value = max(value, (SELECT coalesce(max(seq), 0) FROM records)) WHERE name = 'seq';`,
  // Offers to help from a public project's page (core/schemas/helpOffer.ts): the hub counts a
  // project's pending ones at every offer it takes (main/hub/publicProjects/), by index, not by a scan.
  `CREATE INDEX IF NOT EXISTS help_offers_by_project ON records (json_extract(row_json, '$.projectId')) WHERE table_name = 'helpOffers';`,
];

/** The store's schema once every migration ran (SQLite's user_version); a store above it is from a newer Landhub. /healthz reports it. */
export const LATEST_SCHEMA_VERSION = migrations.length;

/** SQLite's user_version of a hub store: 0 for a new file, LATEST_SCHEMA_VERSION once migrated. */
export function schemaVersionOf(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Runs the migrations not run yet; `upTo` stops earlier (tests of one migration). */
export function migrate(db: Database, upTo = LATEST_SCHEMA_VERSION): void {
  const current = schemaVersionOf(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(`This hub database was written by a newer Landhub (schema ${current}); update Landhub to open it.`);
  }
  migrations.slice(current, Math.max(current, upTo)).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
}
