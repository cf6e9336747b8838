import type { Runtime } from '../core/runtime';
import type { TickJob } from '../core/job';
import { NO_DEADLINE, type Deadline } from '../platform/clock';
import { deliverOutbox } from './deliver-outbox';

/**
 * The part of the tick's budget kept for the outbox: feature jobs are started only while more than this remains, so
 * a busy job cannot keep the messages from going out.
 */
export const OUTBOX_SHARE_MS = 600;

export interface TickOptions {
  /**
   * When to stop starting work (the cloud entry gives ~2 s of the function's 3 s limit). Nothing already started is
   * cut off; what was not started waits for the next minute. Default: no limit (the local host).
   */
  deadline?: Deadline;
  /** How long the outbox's claim on a row lasts (see deliver-outbox.ts). */
  outboxLeaseMs?: number;
}

/**
 * Everything that happens because time passed. WeChat: the function's timer trigger (config.json) calls main; local:
 * the host calls it every minute. The features' jobs run in registration order; outbox delivery runs last so that
 * messages a job queued go out in the same tick. A job that is not started for lack of time is absent from the result
 * and named in the log.
 */
export async function runTick(rt: Pick<Runtime, 'db' | 'platform' | 'jobs' | 'pushCredits'>, opts: TickOptions = {}): Promise<Record<string, number>> {
  const deadline = opts.deadline ?? NO_DEADLINE;
  const outboxJob: TickJob = {
    name: 'deliver-outbox',
    run: (db, platform, _now, d) => deliverOutbox(db, platform, { deadline: d, leaseMs: opts.outboxLeaseMs, credits: rt.pushCredits }),
  };
  const done: Record<string, number> = {};
  const skipped: string[] = [];
  const runJob = async (job: TickJob) => {
    try {
      done[job.name] = await job.run(rt.db, rt.platform, rt.platform.clock.now(), deadline);
    } catch (err) {
      rt.platform.log.error(`tick job ${job.name} failed`, { error: String((err as Error).stack ?? err) });
      done[job.name] = -1;
    }
  };
  for (const job of rt.jobs) {
    if (deadline.remainingMs() > OUTBOX_SHARE_MS) await runJob(job);
    else skipped.push(job.name);
  }
  if (deadline.remainingMs() > 0) await runJob(outboxJob);
  else skipped.push(outboxJob.name);
  if (skipped.length > 0) rt.platform.log.info('tick out of time: left for the next minute', { skipped });
  return done;
}
