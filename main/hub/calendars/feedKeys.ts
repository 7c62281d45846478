import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** Whose calendar a feed is: one meeting room's, or one member's own bookings. */
export type FeedKind = 'rooms' | 'members';

export interface FeedKeys {
  /** The feed's key, made the first time a host asks for the link. */
  keyOf(kind: FeedKind, subjectId: string): string;
  /** A new key: every link given out before stops working. */
  rotate(kind: FeedKind, subjectId: string): string;
  /** Whether `key` opens this feed; an unknown feed opens with no key. */
  opens(kind: FeedKind, subjectId: string, key: string): boolean;
}

const newKey = () => randomBytes(24).toString('base64url');
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The keys live in the hub's database beside the records (migration "calendar_feeds"). A key is
 * a capability: a calendar app can send nothing else, so the link itself is the permission.
 */
export function createFeedKeys(db: Database): FeedKeys {
  const read = db.prepare<[string, string], { feed_key: string }>('SELECT feed_key FROM calendar_feeds WHERE kind = ? AND subject_id = ?');
  const write = db.prepare(`INSERT INTO calendar_feeds (kind, subject_id, feed_key) VALUES (?, ?, ?)
    ON CONFLICT (kind, subject_id) DO UPDATE SET feed_key = excluded.feed_key`);
  const rotate = (kind: FeedKind, subjectId: string) => {
    const key = newKey();
    write.run(kind, subjectId, key);
    return key;
  };
  return {
    keyOf: (kind, subjectId) => read.get(kind, subjectId)?.feed_key ?? rotate(kind, subjectId),
    rotate,
    opens: (kind, subjectId, key) => {
      const stored = read.get(kind, subjectId)?.feed_key;
      // Compared as digests of equal length, in constant time: timing tells nothing of the key.
      return stored !== undefined && timingSafeEqual(digest(stored), digest(key));
    },
  };
}
