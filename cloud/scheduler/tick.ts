import type { Runtime } from '../core/runtime';
import type { TickJob } from '../core/job';
import { deliverOutbox } from './deliver-outbox';

/**
 * Everything that happens because time passed. WeChat: the function's timer trigger (config.json) calls main; local:
 * the host calls it every minute. The features' jobs run in registration order; outbox delivery runs last so that
 * messages a job queued go out in the same tick.
 */
const outboxJob: TickJob = { name: 'deliver-outbox', run: (db, platform) => deliverOutbox(db, platform) };

export async function runTick(rt: Pick<Runtime, 'db' | 'platform' | 'jobs'>): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const job of [...rt.jobs, outboxJob]) {
    try {
      done[job.name] = await job.run(rt.db, rt.platform, rt.platform.clock.now());
    } catch (err) {
      rt.platform.log.error(`tick job ${job.name} failed`, { error: String((err as Error).stack ?? err) });
      done[job.name] = -1;
    }
  }
  return done;
}
