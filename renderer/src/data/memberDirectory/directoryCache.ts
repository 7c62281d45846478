import type { LandhubDatabase } from '../database';
import { MemberDirectory } from './memberDirectory';

/**
 * One directory per database and privacy view, kept for as long as the database object
 * lives: leaving the board and coming back, or opening the kiosk's name search again, finds
 * the index already built. Keyed by the database object, so each test's fresh database gets
 * its own.
 */
const directories = new WeakMap<LandhubDatabase, Map<boolean, MemberDirectory>>();

export function memberDirectoryFor(db: LandhubDatabase, publicOnly: boolean): MemberDirectory {
  let views = directories.get(db);
  if (!views) {
    views = new Map();
    directories.set(db, views);
  }
  let directory = views.get(publicOnly);
  if (!directory) {
    directory = new MemberDirectory(db, publicOnly);
    views.set(publicOnly, directory);
  }
  return directory;
}
