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
