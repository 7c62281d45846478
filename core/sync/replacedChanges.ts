import { compareHlc, parseHlc } from '../hlc';
import type { TableName } from '../schemas/tables';
import { HUB_DEVICE_ID } from './hubDevice';
import { fieldStamp, type RecordChange, type SyncedRow } from './merge';

/**
 * Which of this machine's own changes a row from the hub replaces (docs/sync-protocol.md,
 * "Replaced changes"). Last writer wins per field, and stays so; but a person whose offline edit
 * lost to a later one from another machine must be told, once, with the value they had, so they
 * can redo it. Never thrown: the replica returns these as part of its outcome.
 */
export interface ReplacedField {
  table: TableName;
  recordId: string;
  field: string;
  /** What this machine showed before: the value of its change that lost. */
  myValue: unknown;
  /** The clock node (core/hlc.ts `hlcNodeFromDeviceId`) of the machine whose later change won. */
  winnerNode: string;
}

/**
 * A change of this machine the hub applied, kept until the pull that brings its record back:
 * the hub answers `applied` without telling which fields lost, and the winner's row arrives
 * only with the next pull. `seq` is the seq the change got (null: it changed nothing, every
 * field lost).
 */
export interface AwaitingEcho {
  change: RecordChange;
  seq: number | null;
}

/** A machine offline for a long time still keeps only this many; the oldest go first. */
export const MAX_AWAITING_ECHOES = 1000;

const NOT_TOLD = new Set(['id', 'hlc', 'deviceId', 'deleted']);

/**
 * The fields of `mine` (this machine's changes of the record that the hub has not shown back
 * yet) that `after` replaces: the local row still showed the change's value (`before` carries
 * its stamp), and `after` holds a greater stamp from another machine with another value. The
 * hub's own changes (a booking rejected, a guest erased) are told elsewhere, and a record another
 * machine deleted is not a replaced value.
 */
export function replacedFields(table: TableName, before: SyncedRow | undefined, after: SyncedRow | undefined, mine: readonly RecordChange[]): ReplacedField[] {
  if (!before || !after || after.deleted) return [];
  const replaced: ReplacedField[] = [];
  for (const change of mine) {
    if (change.table !== table || change.recordId !== before.id) continue;
    const myNode = parseHlc(change.hlc).node;
    for (const field of Object.keys(change.fields)) {
      if (NOT_TOLD.has(field) || fieldStamp(before, field) !== change.hlc) continue;
      const winner = fieldStamp(after, field);
      if (compareHlc(winner, change.hlc) <= 0) continue;
      const winnerNode = parseHlc(winner).node;
      if (winnerNode === myNode || winnerNode === HUB_DEVICE_ID || sameValue(before[field], after[field])) continue;
      replaced.push({ table, recordId: before.id, field, myValue: before[field], winnerNode });
    }
  }
  return replaced;
}

/**
 * The awaited changes a pulled record answers: one the hub stored under that very seq (the row
 * is what its merge left), or one that changed nothing (the row holds the winners). A record
 * pulled at a later seq changed again after this machine's change landed, perhaps by someone
 * who saw it: that is an ordinary edit, not a lost one.
 */
export function echoesAnswered(awaiting: readonly AwaitingEcho[], table: TableName, recordId: string, seq: number): RecordChange[] {
  return awaiting.filter((entry) => entry.change.table === table && entry.change.recordId === recordId && (entry.seq === null || entry.seq === seq)).map((entry) => entry.change);
}

/** What is still awaited after a page: its records have come back, and the checkpoint passed their seqs. */
export function echoesStillAwaited(awaiting: readonly AwaitingEcho[], pulled: ReadonlySet<string>, checkpoint: number): AwaitingEcho[] {
  return awaiting.filter((entry) => !pulled.has(`${entry.change.table}/${entry.change.recordId}`) && (entry.seq === null || entry.seq > checkpoint));
}

/** Newly acknowledged changes join the awaited ones, within the bound. */
export function awaitEchoes(awaiting: readonly AwaitingEcho[], added: readonly AwaitingEcho[]): AwaitingEcho[] {
  return [...awaiting, ...added].slice(-MAX_AWAITING_ECHOES);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
