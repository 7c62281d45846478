import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { newId } from '@core/ids';
import type { UiLanguage } from '@core/languages';
import type { ExistingMember } from '@core/memberImport/importPlan';
import type { ImportedProfile } from '@core/memberImport/validateRow';
import { foldText } from '@core/search/foldText';
import { useDataContext } from '../app/services';
import type { DataContext } from './dataContext';
import { newMemberFields } from './memberRepo';
import { createRecords, deleteRecord, inOneTransaction } from './recordWriter';
import { resolveSkillTags } from './skillRepo';
import { StorageError, toStorageError } from './storageErrors';

/**
 * Spreadsheet imports through the ordinary write path, in chunks so that the screen stays
 * responsive. Each chunk writes its members and the import's record (which members it made)
 * in one transaction, so an import that stops half-way can still be undone exactly. Only the
 * last import can be undone; the record is this machine's own and does not sync.
 */

const LAST_IMPORT_KEY = 'memberImport.last';
const CHUNK_SIZE = 500;

const importRecordSchema = z.strictObject({
  id: z.string(),
  at: z.iso.datetime(),
  memberIds: z.array(z.string()),
});
type ImportRecord = z.infer<typeof importRecordSchema>;

/** What a host sees of the last import: when, and how many members it made. */
export interface LastImport {
  id: string;
  at: string;
  count: number;
}

export type ImportOutcome =
  | { kind: 'imported'; lastImport: LastImport }
  /** The disk filled up (or the write failed) after `lastImport.count` members; those can be undone. */
  | { kind: 'stopped'; reason: 'storageFull' | 'storageFailed'; lastImport: LastImport | null; total: number };

export type UndoOutcome = { kind: 'undone'; count: number } | { kind: 'notLastImport' } | { kind: 'failed'; reason: 'storageFull' | 'storageFailed' };

function summary(record: ImportRecord): LastImport {
  return { id: record.id, at: record.at, count: record.memberIds.length };
}

function parseRecord(value: string | undefined): ImportRecord | null {
  if (!value) return null;
  try {
    const result = importRecordSchema.safeParse(JSON.parse(value));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

async function readRecord(context: DataContext): Promise<ImportRecord | null> {
  return parseRecord((await context.db.meta.get(LAST_IMPORT_KEY))?.value);
}

/** Every distinct tag once, through the editor's rule: the hub's skills, then the shared vocabulary, else a new skill. */
async function skillIdsByTag(context: DataContext, profiles: readonly ImportedProfile[], language: UiLanguage): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const profile of profiles) for (const tag of profile.skillTags) if (!tags.has(foldText(tag))) tags.set(foldText(tag), tag);
  const ids = new Map<string, string>();
  if (tags.size === 0) return ids;
  await inOneTransaction(context, ['skills'], async () => {
    for (const [key, tag] of tags) {
      const [id] = await resolveSkillTags(context, [tag], language);
      if (id) ids.set(key, id);
    }
  });
  return ids;
}

function reasonOf(error: unknown): 'storageFull' | 'storageFailed' {
  const storageError = toStorageError(error);
  return storageError instanceof StorageError && storageError.key === 'storageFull' ? 'storageFull' : 'storageFailed';
}

/** Lets the browser paint the progress bar between chunks. */
const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

export async function importMembers(
  context: DataContext,
  profiles: readonly ImportedProfile[],
  language: UiLanguage,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ImportOutcome> {
  const record: ImportRecord = { id: newId(), at: context.now().toISOString(), memberIds: [] };
  try {
    const skillIds = await skillIdsByTag(context, profiles, language);
    for (let start = 0; start < profiles.length; start += CHUNK_SIZE) {
      const chunk = profiles.slice(start, start + CHUNK_SIZE).map(({ skillTags, ...profile }) => newMemberFields({
        ...profile,
        skills: [...new Set(skillTags.flatMap((tag) => skillIds.get(foldText(tag)) ?? []))],
        // Nothing is public until the member says yes.
        consent: {},
      }));
      await inOneTransaction(context, ['members'], async () => {
        const rows = await createRecords(context, 'members', chunk);
        const next = { ...record, memberIds: [...record.memberIds, ...rows.map((row) => row.id)] };
        await context.db.meta.put({ key: LAST_IMPORT_KEY, value: JSON.stringify(next) });
        record.memberIds = next.memberIds;
      });
      onProgress(record.memberIds.length, profiles.length);
      await nextTask();
    }
  } catch (error) {
    return { kind: 'stopped', reason: reasonOf(error), lastImport: record.memberIds.length > 0 ? summary(record) : null, total: profiles.length };
  }
  return { kind: 'imported', lastImport: summary(record) };
}

/** Tombstones exactly the members the import made (edited since or not), in one transaction. */
export async function undoMemberImport(context: DataContext, importId: string): Promise<UndoOutcome> {
  try {
    return await inOneTransaction(context, ['members'], async () => {
      const record = await readRecord(context);
      if (!record || record.id !== importId) return { kind: 'notLastImport' } as const;
      for (const id of record.memberIds) await deleteRecord(context, 'members', id);
      await context.db.meta.delete(LAST_IMPORT_KEY);
      return { kind: 'undone', count: record.memberIds.length } as const;
    });
  } catch (error) {
    return { kind: 'failed', reason: reasonOf(error) };
  }
}

export async function readLastImport(context: DataContext): Promise<LastImport | null> {
  const record = await readRecord(context);
  return record ? summary(record) : null;
}

/**
 * The hub's members as the duplicate check needs them, read live only while `enabled` (the
 * preview), so the import's own chunks do not re-read the whole table each time.
 */
export function useMembersForDuplicateCheck(enabled: boolean): ExistingMember[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    if (!enabled) return undefined;
    const members = await db.members.filter((member) => !member.deleted).toArray();
    return members.map(({ id, name, email, phone }) => ({ id, name, email, phone }));
  }, [db, enabled]);
}

/** The import that can still be undone on this machine, kept across restarts; null when none. */
export function useLastMemberImport(): LastImport | null | undefined {
  const context = useDataContext();
  return useLiveQuery(() => readLastImport(context), [context]);
}
