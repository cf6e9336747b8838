import type { Db } from '../db/tx';
import type { Deadline } from '../platform/clock';
import type { Platform } from '../platform/types';

/** Work that happens because time passed; a feature lists its jobs, the scheduler tick runs them every minute. */
export interface TickJob {
  name: string;
  /**
   * Returns how many items it handled, for the log. `deadline` says how long the invocation may still start new work
   * (a cloud function has a time limit: 3 s by default): a job should handle a bounded batch, stop starting items once
   * `deadline.remainingMs()` is used up, and leave the rest for the next minute.
   */
  run(db: Db, platform: Platform, now: Date, deadline: Deadline): Promise<number>;
}
