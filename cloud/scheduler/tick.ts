import type { Db } from '../db/tx';
import type { Platform } from '../platform/types';
import { eventRemindersJob } from '../features/events/reminders';
import { venueBookingsJob } from '../features/venues/no-shows';
import { requestTimeoutsJob } from '../features/requests/timeouts';
import { deliverOutbox } from './deliver-outbox';

export interface TickJob {
  name: string;
  /** Returns how many items it handled, for the log. */
  run(db: Db, platform: Platform, now: Date): Promise<number>;
}

/**
 * Everything that happens because time passed. WeChat: the function's timer trigger (config.json) calls main with
 * `Type: 'Timer'`; local: the host calls it every minute. Features append their jobs here; outbox delivery runs last
 * so that messages a job queued go out in the same tick.
 */
export const tickJobs: TickJob[] = [
  eventRemindersJob,
  venueBookingsJob,
  requestTimeoutsJob,
];

const outboxJob: TickJob = { name: 'deliver-outbox', run: (db, platform) => deliverOutbox(db, platform) };

export async function runTick(db: Db, platform: Platform): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const job of [...tickJobs, outboxJob]) {
    try {
      done[job.name] = await job.run(db, platform, platform.clock.now());
    } catch (err) {
      platform.log.error(`tick job ${job.name} failed`, { error: String((err as Error).stack ?? err) });
      done[job.name] = -1;
    }
  }
  return done;
}
