import { liveQuery, type Subscription } from 'dexie';
import { epochVerdict, hubFrameSchema, parseFrame, MAX_PULL_LIMIT, MAX_PUSH_MUTATIONS, SYNC_PROTOCOL_VERSION, type HubFrame } from '@core/sync/messages';
import { sortPulledRecords, type SkippedRecord } from '@core/sync/pulledRecords';
import { clockLimitMs, hubAheadMs } from '@core/sync/replicaClock';
import type { ClockBound } from '@core/sync/replica';
import { awaitEchoes, type AwaitingEcho, type ReplacedField } from '@core/sync/replacedChanges';
import { closeCodes, hubSocketUrl, syncProtocols } from '@core/sync/protocol';
import type { DataContext } from '../dataContext';
import { saveCardKey } from './cardKey';
import { applyPulledPage, outboxChange, settleMutations, startOverForEpoch } from './applySync';
import type { ConnectedHub } from './syncSettings';
import { readCheckpoint, readEpoch, writeEpoch } from './syncSettings';
import type { SyncStatus } from './syncTypes';
import { savePairedRoom } from './pairedRoom';

/**
 * One machine's connection to its hub (docs/sync-protocol.md): pushes the outbox in order,
 * pulls what changed, reconnects with back-off. Offline changes wait in the outbox; nothing
 * here ever blocks a screen.
 */
const RECONNECT_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 15_000];
/** A quiet connection is checked with a pull this often, and given up when the hub stays silent. */
const KEEP_ALIVE_MS = 10_000;
const SILENCE_LIMIT_MS = 25_000;
/** Replaced changes the status keeps for the notices; more at once is read as a list by nobody. */
const MAX_REPLACED_KEPT = 50;
/** WebSocket.OPEN, spelled out so tests can hand in Node's `ws` sockets. */
const OPEN = 1;

export interface SyncClientOptions {
  context: DataContext;
  settings: ConnectedHub;
  onStatus: (change: Partial<SyncStatus>) => void;
  /**
   * A host removed this machine (close code `removed`). The client has stopped for good and
   * every message already received has been handled; the owner wipes the machine.
   */
  onRemoved?: () => void;
  createSocket?: (url: string, protocols: string[]) => WebSocket;
  /** For tests: how quiet the line may get before a keep-alive pull, and before giving up. */
  timing?: { keepAliveMs: number; silenceLimitMs: number };
}

export class SyncClient {
  private socket: WebSocket | null = null;
  private stopped = false;
  private attempts = 0;
  private welcomed = false;
  private pushing = false;
  private pulling = false;
  private pullAgain = false;
  private checkpoint = 0;
  private initialTotal: number | null = null;
  /** When the connection was lost: kept through every failed retry until the hub answers again. */
  private offlineSince: string | null = null;
  private outboxWatch: Subscription | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private keepAlive: ReturnType<typeof setInterval> | null = null;
  private inbox: Promise<void> = Promise.resolve();
  private lastHeard = 0;
  /** How far the hub's clock ran ahead of this machine's at `welcome` (0 when behind). */
  private hubAheadMs = 0;
  private skippedCount = 0;
  /** This machine's changes the hub applied, until the pull that shows whether they lost. */
  private awaiting: AwaitingEcho[] = [];
  private replaced: readonly ReplacedField[] = [];

  constructor(private readonly options: SyncClientOptions) {}

  start(): void {
    const { context, onStatus } = this.options;
    this.outboxWatch = liveQuery(() => context.db.outbox.count()).subscribe({
      next: (pending) => {
        onStatus({ pending });
        if (pending > 0) void this.pushOutbox();
      },
    });
    // Browsers say when the network goes and comes back; Node (tests) has no such events.
    if (typeof addEventListener === 'function') {
      addEventListener('online', this.reconnectNow);
      addEventListener('offline', this.dropConnection);
    }
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.outboxWatch?.unsubscribe();
    if (typeof removeEventListener === 'function') {
      removeEventListener('online', this.reconnectNow);
      removeEventListener('offline', this.dropConnection);
    }
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.stopKeepAlive();
    this.socket?.close(1000, 'Stopped');
  }

  /**
   * A hub that vanishes without closing the connection (power cut, cable pulled at the hub)
   * sends no close and the browser reports no offline. A pull on a quiet line shows it: no
   * answer within the silence limit and the connection is dropped and retried.
   */
  private startKeepAlive(): void {
    this.stopKeepAlive();
    this.lastHeard = Date.now();
    const { keepAliveMs, silenceLimitMs } = this.options.timing ?? { keepAliveMs: KEEP_ALIVE_MS, silenceLimitMs: SILENCE_LIMIT_MS };
    this.keepAlive = setInterval(() => {
      const quiet = Date.now() - this.lastHeard;
      if (quiet > silenceLimitMs) this.dropConnection();
      else if (quiet > keepAliveMs && !this.pulling) this.requestPull();
    }, keepAliveMs / 2);
  }

  private stopKeepAlive(): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = null;
  }

  private readonly reconnectNow = () => {
    if (this.socket || this.stopped) return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.connect();
  };

  /**
   * Without a network a browser keeps the socket "open" while nothing gets through: a push sent
   * then is never answered and the indicator would say online. Let go of it at once instead.
   */
  private readonly dropConnection = () => {
    const socket = this.socket;
    if (!socket || this.stopped) return;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.close(1000, 'Network lost');
    this.connectionLost();
  };

  private connectionLost(): void {
    this.stopKeepAlive();
    this.socket = null;
    this.welcomed = false;
    this.pushing = false;
    this.pulling = false;
    if (!this.stopped) this.scheduleReconnect();
  }

  private connect(): void {
    const { settings, onStatus } = this.options;
    const createSocket = this.options.createSocket ?? ((url: string, protocols: string[]) => new WebSocket(url, protocols));
    this.reconnectTimer = null;
    onStatus({ state: 'connecting' });
    let socket: WebSocket;
    try {
      socket = createSocket(hubSocketUrl(settings.hubUrl), syncProtocols(settings.token));
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => { void this.sendHello(); };
    // One message at a time, in arrival order: pages must be stored in the order they were sent.
    socket.onmessage = (event: MessageEvent<unknown>) => {
      const text = typeof event.data === 'string' ? event.data : '';
      this.lastHeard = Date.now();
      this.inbox = this.inbox.then(() => this.receive(text));
    };
    socket.onclose = (event: CloseEvent) => {
      if (event.code === closeCodes.removed) this.removedByHost();
      else this.connectionLost();
    };
  }

  /** No retry can succeed: the token is revoked. Stop, then let the owner wipe the machine. */
  private removedByHost(): void {
    this.socket = null;
    this.stop();
    void this.inbox.then(() => { this.options.onRemoved?.(); });
  }

  private scheduleReconnect(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)] ?? 15_000;
    this.attempts += 1;
    this.offlineSince ??= new Date().toISOString();
    this.options.onStatus({ state: 'offline', offlineSince: this.offlineSince });
    this.reconnectTimer = setTimeout(() => { this.connect(); }, delay);
  }

  private send(message: unknown): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private async sendHello(): Promise<void> {
    this.checkpoint = await readCheckpoint(this.options.context);
    this.send({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq: this.checkpoint });
  }

  private async receive(text: string): Promise<void> {
    const parsed = parseFrame(hubFrameSchema, text);
    if (!parsed.ok) {
      this.socket?.close(1003, 'Invalid message from the hub');
      return;
    }
    try {
      await this.handle(parsed.message);
    } catch (error) {
      console.error('Sync failed; reconnecting', error);
      this.socket?.close(1011, 'Sync failed');
    }
  }

  private async handle(message: HubFrame): Promise<void> {
    switch (message.type) {
      case 'welcome':
        // Before any page is pulled: a kiosk's card lookups need the key its hashes were made with.
        await saveCardKey(this.options.context, message.cardKey ?? null);
        // A hub from before room displays knew their room says nothing: keep what pairing saved.
        if (message.roomId !== undefined) await savePairedRoom(this.options.context, message.roomId);
        await this.followEpoch(message.epoch);
        this.welcomed = true;
        this.attempts = 0;
        this.offlineSince = null;
        this.hubAheadMs = hubAheadMs(message.hubTime, Date.now());
        this.startKeepAlive();
        if (this.checkpoint === 0 && message.latestSeq > 0) this.initialTotal = message.latestSeq;
        this.options.onStatus({ state: 'online', offlineSince: null });
        await this.pushOutbox();
        this.requestPull();
        return;
      case 'poke':
        if (message.latestSeq > this.checkpoint) this.requestPull();
        return;
      case 'changes':
        await this.applyChanges(message);
        return;
      case 'pushResult':
        await this.settle(message);
        return;
      case 'error':
        console.warn('The hub reported:', message.message);
    }
  }

  /**
   * A hub restored from a backup says so with a new epoch: this machine downloads it from seq 0
   * again, keeping its outbox. A hub from before epochs sends none, and the checkpoint stands.
   */
  private async followEpoch(received: string | undefined): Promise<void> {
    const { context } = this.options;
    const verdict = epochVerdict(await readEpoch(context), received);
    if (verdict === 'keep' || received === undefined) return;
    if (verdict === 'adopt') {
      await writeEpoch(context, received);
      return;
    }
    console.warn('The hub was restored from a backup; downloading its data again (unsent changes are kept)');
    await startOverForEpoch(context, received);
    this.checkpoint = 0;
    this.awaiting = [];
  }

  private requestPull(): void {
    if (this.pulling) {
      this.pullAgain = true;
      return;
    }
    this.pulling = true;
    this.options.onStatus({ state: 'syncing' });
    this.send({ type: 'pull', sinceSeq: this.checkpoint, limit: MAX_PULL_LIMIT });
  }

  private async applyChanges(message: Extract<HubFrame, { type: 'changes' }>): Promise<void> {
    const { context, onStatus } = this.options;
    // Each record on its own: a bad one is skipped and reported, and the checkpoint moves past it.
    const page = sortPulledRecords(message.records, this.checkpoint);
    const { skipped, checkpoint } = page;
    if (skipped.length > 0) this.reportSkipped(skipped);
    // Ask for the next page before storing this one, so the hub reads while this machine writes.
    const another = message.more || this.pullAgain;
    this.pullAgain = false;
    if (another) this.send({ type: 'pull', sinceSeq: checkpoint, limit: MAX_PULL_LIMIT });
    const { replaced, awaiting } = await applyPulledPage(context, page, this.clockBound(), this.awaiting);
    this.awaiting = awaiting;
    this.reportReplaced(replaced);
    this.checkpoint = checkpoint;
    if (this.initialTotal !== null) onStatus({ initialSync: { received: checkpoint, total: this.initialTotal } });
    this.send({ type: 'ack', seq: checkpoint, pending: await context.db.outbox.count() });
    if (another) return;
    this.pulling = false;
    this.initialTotal = null;
    onStatus({ state: 'online', initialSync: null, lastSyncedAt: new Date().toISOString() });
  }

  /** What the hub sends may move this machine's clock no further than the hub would accept. */
  private clockBound(): ClockBound {
    return { clockLimitMs: clockLimitMs(Date.now(), this.hubAheadMs) };
  }

  private async pushOutbox(): Promise<void> {
    if (!this.welcomed || this.pushing) return;
    // Claim the push before reading, so two triggers in the same moment send one batch.
    this.pushing = true;
    const batch = await this.options.context.db.outbox.orderBy('seq').limit(MAX_PUSH_MUTATIONS).toArray();
    if (batch.length === 0) {
      this.pushing = false;
      return;
    }
    this.send({ type: 'push', mutations: batch.map((entry) => ({ mutation: entry.seq ?? 0, change: outboxChange(entry) })) });
  }

  private reportSkipped(skipped: readonly SkippedRecord[]): void {
    const last = skipped.at(-1);
    if (!last) return;
    this.skippedCount += skipped.length;
    console.warn(`Skipped ${String(skipped.length)} record(s) from the hub that this machine cannot read; the last: seq ${String(last.seq)}, table ${last.table ?? '?'}, field ${last.field || '(bookkeeping)'}`);
    this.options.onStatus({ skippedRecords: { count: this.skippedCount, last, at: new Date().toISOString() } });
  }

  /** Kept as a list of the latest, each its own object: the host desk tells each one once. */
  private reportReplaced(replaced: readonly ReplacedField[]): void {
    if (replaced.length === 0) return;
    this.replaced = [...this.replaced, ...replaced].slice(-MAX_REPLACED_KEPT);
    this.options.onStatus({ replaced: this.replaced });
  }

  private async settle(message: Extract<HubFrame, { type: 'pushResult' }>): Promise<void> {
    const { replaced, applied } = await settleMutations(this.options.context, message.results, this.clockBound());
    this.awaiting = awaitEchoes(this.awaiting, applied);
    this.reportReplaced(replaced);
    const refused = message.results.findLast((result) => result.status === 'refused' && result.refusal);
    if (refused?.refusal) this.options.onStatus({ lastRefusal: { refusal: refused.refusal, at: new Date().toISOString() } });
    this.pushing = false;
    await this.pushOutbox();
  }
}
