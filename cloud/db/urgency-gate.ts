import { CallOverDeadline } from './deadline';

/**
 * At most `size` holders at once (the pool's connections); the waiters are let in most urgent first — the call whose
 * deadline comes first — not in the order they asked. Under a burst each call asks several times (its caller, its
 * transaction, the screen it answers with); in arrival order every call would move one step per pass of the queue and
 * all of them would finish together, late. Oldest first, the early calls finish early, and a call whose turn cannot
 * come before its deadline gives up having changed nothing (「人多，请稍后再试」).
 */
export class UrgencyGate {
  private free: number;
  /** Sorted by `due`, earliest first; equal ones in arrival order. */
  private readonly waiting: Waiter[] = [];

  constructor(size: number) {
    this.free = size;
  }

  /** Waits for a place. `due`: when the asking call's deadline passes (monotonic ms); `giveUpMs`: how long it may wait. */
  enter(due: number, giveUpMs?: number): Promise<void> {
    if (this.free > 0 && this.waiting.length === 0) {
      this.free--;
      return Promise.resolve();
    }
    if (giveUpMs !== undefined && giveUpMs <= 0) return Promise.reject(new CallOverDeadline('a database connection'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { due, resolve, timer: undefined };
      if (giveUpMs !== undefined) {
        waiter.timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new CallOverDeadline('a database connection'));
        }, giveUpMs);
      }
      this.waiting.splice(this.placeFor(due), 0, waiter);
    });
  }

  /** Gives the place back: to the most urgent waiter, if any. */
  leave(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.free++;
      return;
    }
    clearTimeout(next.timer);
    next.resolve();
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** The first index whose waiter is due later than `due` (binary search). */
  private placeFor(due: number): number {
    let lo = 0;
    let hi = this.waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.waiting[mid].due <= due) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface Waiter {
  due: number;
  resolve: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}
