/**
 * The live entries of the member search index in name order, kept up to date as entries come
 * and go. A few new entries (a member edited) go straight to their place; many (a build, a
 * big sync page) are sorted as runs and merged, as a merge sort would, so that no single step
 * sorts 150,000 names: that is half a second on the 2-core machine, enough to swallow keystrokes.
 */
type SlotOrder = (a: number, b: number) => number;

/** Up to this many new entries go to their place one by one; more are sorted and merged in. */
const INSERT_ONE_BY_ONE = 32;

export class EntryOrder {
  private order: number[] = [];
  private pending: number[] = [];
  /** Sorted runs of new entries not merged into `order` yet. */
  private runs: number[][] = [];
  private retiredSinceOrdered = 0;

  constructor(private compare: SlotOrder, private readonly isAlive: (slot: number) => boolean) {}

  add(slot: number): void {
    this.pending.push(slot);
  }

  /** An entry stopped being alive; it leaves the order at the next `ordered()`. */
  retired(): void {
    this.retiredSinceOrdered += 1;
  }

  /** Sorts what was added since the last call into a run and merges runs of like length. */
  settle(): void {
    if (this.pending.length === 0) return;
    const run = this.pending.filter(this.isAlive).sort(this.compare);
    this.pending = [];
    this.runs.push(run);
    for (;;) {
      const last = this.runs.at(-1);
      const before = this.runs.at(-2);
      if (!last || !before || before.length > last.length) break;
      this.runs.splice(-2, 2, merged(before, last, this.compare));
    }
  }

  /** Every live entry, in order. */
  ordered(): readonly number[] {
    if (this.retiredSinceOrdered > 0) {
      this.order = this.order.filter(this.isAlive);
      this.runs = this.runs.map((run) => run.filter(this.isAlive));
      this.retiredSinceOrdered = 0;
    }
    if (this.pending.length > 0) {
      if (this.runs.length === 0 && this.pending.length <= INSERT_ONE_BY_ONE) this.insertPending();
      else this.settle();
    }
    // Smallest run first: each merge then walks the growing list only once more.
    for (let run = this.runs.pop(); run; run = this.runs.pop()) this.order = merged(this.order, run, this.compare);
    return this.order;
  }

  /** Another order altogether (the screen's language changed). */
  reorder(compare: SlotOrder): void {
    this.ordered();
    this.compare = compare;
    this.order.sort(compare);
  }

  private insertPending(): void {
    for (const slot of this.pending) {
      if (!this.isAlive(slot)) continue;
      let low = 0;
      let high = this.order.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.compare(this.order[middle] ?? 0, slot) <= 0) low = middle + 1;
        else high = middle;
      }
      this.order.splice(low, 0, slot);
    }
    this.pending = [];
  }
}

/** One pass over two lists already in `compare` order. */
function merged(left: readonly number[], right: readonly number[], compare: SlotOrder): number[] {
  const result: number[] = [];
  let a = 0;
  let b = 0;
  while (a < left.length && b < right.length) {
    const fromLeft = left[a] ?? 0;
    const fromRight = right[b] ?? 0;
    if (compare(fromLeft, fromRight) <= 0) {
      result.push(fromLeft);
      a++;
    } else {
      result.push(fromRight);
      b++;
    }
  }
  while (a < left.length) result.push(left[a++] ?? 0);
  while (b < right.length) result.push(right[b++] ?? 0);
  return result;
}
