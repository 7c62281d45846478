import type { UiLanguage } from '@core/languages';
import type { Member } from '@core/schemas';
import type { CompareNames } from '@core/search/memberOrder';
import { MemberSearchIndex } from '@core/search/memberSearchIndex';
import type { LandhubDatabase } from '../database';
import { firstMembersByName } from './firstMembersByName';
import type { MemberTableChange } from './memberTableChanges';
import { watchMemberTables } from './memberTableChanges';
import { nextTask } from './nextTask';
import { readMemberPages, readSkills } from './readMemberPages';

/** Rows per read: at 150,000 members a page costs the main thread some 50 ms to take in. */
const PAGE_SIZE = 2000;
/** Cards on the first screen while the rest are read: enough for a full-HD board and its overscan. */
export const FIRST_PAGE_SIZE = 60;

export interface MemberDirectoryState {
  /** 'reading' until every member has been read once; later re-reads happen behind the ready index. */
  phase: 'reading' | 'ready';
  /** Rows read so far and rows in the table (inactive and deleted ones included), for the progress bar. */
  read: number;
  total: number;
  /** While reading: the first members in name order, read straight from the database. */
  firstPage: readonly Member[] | null;
  /** Once ready: the one search index of this machine's screens, patched as members change. */
  index: MemberSearchIndex | null;
  /** Set when reading failed; the screens say so instead of reading forever. */
  failure: string | null;
  /** Goes up with every change, so screens know to search again. */
  version: number;
}

export interface DirectoryOrder {
  language: UiLanguage;
  compareNames: CompareNames;
}

const initialState: MemberDirectoryState = { phase: 'reading', read: 0, total: 0, firstPage: null, index: null, failure: null, version: 0 };

/**
 * This machine's members, read once and kept: the rows and the search index that the board,
 * the kiosk's name search and the guest's host search all use. Built in the background in
 * pages with room for input between them; kept alive across screens; patched member by
 * member when a write names its rows, read again behind the ready index when it does not.
 * One per database and privacy view (see directoryCache.ts).
 */
export class MemberDirectory {
  private state: MemberDirectoryState = initialState;
  private readonly listeners = new Set<() => void>();
  private members = new Map<string, Member>();
  private order: DirectoryOrder | null = null;
  private wantsFirstPage = false;
  private stopWatching: (() => void) | null = null;
  /** One piece of work at a time: a build, a re-read or a patch. */
  private work: Promise<void> = Promise.resolve();
  private workQueued = false;
  private changedIds = new Set<string>();
  private readAgain = false;
  private firstPageStale = false;

  constructor(
    private readonly db: LandhubDatabase,
    private readonly publicOnly: boolean,
    /** Tests read in small pages to go through many. */
    private readonly pageSize = PAGE_SIZE,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  readonly snapshot = (): MemberDirectoryState => this.state;

  readonly member = (id: string): Member | undefined => this.members.get(id);

  /**
   * Starts reading on first use (with the first screen's members if `firstPage`); later
   * calls only change the name order when the language changed.
   */
  open(order: DirectoryOrder, options: { firstPage: boolean }): void {
    if (!this.order) {
      this.order = order;
      this.wantsFirstPage = options.firstPage;
      this.stopWatching = watchMemberTables(this.db, (change) => { this.changed(change); });
      this.enqueue(() => this.build());
      return;
    }
    if (options.firstPage && !this.wantsFirstPage && this.state.phase === 'reading') {
      this.wantsFirstPage = true;
      this.firstPageStale = true;
    }
    if (order.language === this.order.language) return;
    this.order = order;
    if (this.state.index) {
      this.state.index.setCompareNames(order.compareNames);
      this.publish({});
    } else {
      this.firstPageStale = true;
    }
  }

  private publish(change: Partial<MemberDirectoryState>): void {
    this.state = { ...this.state, ...change, version: this.state.version + 1 };
    for (const listener of this.listeners) listener();
  }

  private changed(change: MemberTableChange): void {
    if (change.kind === 'everything') this.readAgain = true;
    else for (const id of change.ids) this.changedIds.add(id);
    if (this.state.phase === 'reading') {
      // The build takes the changes in when it ends; the first screen can follow right away.
      this.firstPageStale = this.wantsFirstPage;
      return;
    }
    this.enqueue(() => this.catchUp());
  }

  private enqueue(task: () => Promise<void>): void {
    if (this.workQueued) return;
    this.workQueued = true;
    this.work = this.work.then(async () => {
      this.workQueued = false;
      await task();
    }).catch((error: unknown) => { this.failed(error); });
  }

  private failed(error: unknown): void {
    // A closed database (a test that ended, a machine that was removed) is not a failure to show.
    if (!this.db.isOpen()) {
      this.stopWatching?.();
      return;
    }
    this.publish({ failure: error instanceof Error ? error.message : String(error) });
  }

  private async catchUp(): Promise<void> {
    if (this.readAgain) {
      await this.build();
      return;
    }
    if (this.changedIds.size === 0) return;
    const ids = [...this.changedIds];
    this.changedIds.clear();
    await this.patch(ids);
  }

  /** Reads every member; the first time with progress, later behind the index that is already shown. */
  private async build(): Promise<void> {
    const first = this.state.phase === 'reading';
    this.readAgain = false;
    this.changedIds.clear();
    if (first && this.wantsFirstPage) await this.refreshFirstPage();
    const skillsRead = readSkills(this.db);
    const total = await this.db.members.count();
    if (first) this.publish({ total });
    const index = new MemberSearchIndex([], await skillsRead, { publicOnly: this.publicOnly, compareNames: this.currentOrder().compareNames });
    const members = new Map<string, Member>();
    let read = 0;
    for await (const page of readMemberPages(this.db, this.pageSize)) {
      for (const row of page) if (!row.deleted) members.set(row.id, row);
      index.put(page);
      index.settle();
      read += page.length;
      if (first) this.publish({ read, total: Math.max(total, read) });
      if (first && this.firstPageStale) await this.refreshFirstPage();
      await nextTask();
    }
    // The language may have changed while reading.
    index.setCompareNames(this.currentOrder().compareNames);
    this.members = members;
    this.publish({ phase: 'ready', index, firstPage: null, read, total: read, failure: null });
    if (this.hasChangesToTakeIn()) this.enqueue(() => this.catchUp());
  }

  /** Changes that arrived while a build was reading (a method, so the answer is read now, not assumed). */
  private hasChangesToTakeIn(): boolean {
    return this.readAgain || this.changedIds.size > 0;
  }

  private async patch(ids: readonly string[]): Promise<void> {
    const index = this.state.index;
    if (!index) return;
    const rows = await this.db.members.bulkGet([...ids]);
    const put: Member[] = [];
    const gone: string[] = [];
    ids.forEach((id, at) => {
      const row = rows[at];
      if (!row || row.deleted) {
        this.members.delete(id);
        gone.push(id);
      } else {
        this.members.set(id, row);
        put.push(row);
      }
    });
    index.put(put);
    index.remove(gone);
    this.publish({});
  }

  private async refreshFirstPage(): Promise<void> {
    this.firstPageStale = false;
    const firstPage = await firstMembersByName(this.db, FIRST_PAGE_SIZE, this.currentOrder().compareNames);
    this.publish({ firstPage });
    // Lets the first cards render before the first page of the full read arrives.
    await nextTask();
  }

  private currentOrder(): DirectoryOrder {
    if (!this.order) throw new Error('MemberDirectory read before open()');
    return this.order;
  }
}
