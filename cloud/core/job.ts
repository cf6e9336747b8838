import type { Db } from '../db/tx';
import type { Platform } from '../platform/types';

/** Work that happens because time passed; a feature lists its jobs, the scheduler tick runs them every minute. */
export interface TickJob {
  name: string;
  /** Returns how many items it handled, for the log. */
  run(db: Db, platform: Platform, now: Date): Promise<number>;
}
