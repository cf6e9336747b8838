export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Starts at `startIso` and runs on from it in real time (NUANXIN_NOW on the local host). */
export function pinnedClock(startIso: string, realNow: () => number = Date.now): Clock {
  const start = Date.parse(startIso);
  if (Number.isNaN(start)) throw new Error(`NUANXIN_NOW is not an ISO instant: ${startIso}`);
  const offset = start - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/** A clock that only moves when told: for tests. */
export class ManualClock implements Clock {
  private t: number;
  constructor(startIso: string) {
    this.t = Date.parse(startIso);
  }
  now(): Date {
    return new Date(this.t);
  }
  set(isoInstant: string): void {
    this.t = Date.parse(isoInstant);
  }
  advance(minutes: number): void {
    this.t += minutes * 60_000;
  }
}

/**
 * How long an invocation may still start new work, on the process's monotonic clock (`performance.now()`): wall-clock
 * time can jump, and tests pin the platform clock, so neither can measure a time budget.
 */
export interface Deadline {
  /** Milliseconds left; zero or less once it has passed. */
  remainingMs(): number;
}

export const monotonicMs = (): number => performance.now();

/** A deadline `ms` after `start` on the monotonic clock (`now` is injectable for tests). */
export function deadlineAfter(start: number, ms: number, now: () => number = monotonicMs): Deadline {
  return { remainingMs: () => start + ms - now() };
}

/** No time limit: the local host's tick, tests. */
export const NO_DEADLINE: Deadline = { remainingMs: () => Number.POSITIVE_INFINITY };
