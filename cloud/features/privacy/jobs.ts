import type { TickJob } from '../../core/job';
import type { Db } from '../../db/tx';
import type { Platform } from '../../platform/types';
import { stripCommentsOfEventsEndedBefore } from '../events/seam';
import { forgetOfflinePeopleBefore, stripRequestsEndedBefore } from '../requests/seam';
import { stripBookingsEndedBefore } from '../venues/seam';
import { cutoff } from './domain/retention';

/** At most this many rows of each kind a tick: a backlog (the first run on an old database) drains over minutes. */
const BATCH = 200;

/**
 * Tick job: deletes what is past its retention (domain/retention.ts), a bounded batch of each kind per tick. A delete
 * is idempotent, so two ticks running at once only share the work.
 */
export const retentionJob: TickJob = {
  name: 'privacy-retention',
  async run(db, platform, now, deadline) {
    const steps: (() => Promise<number>)[] = [
      () => purgeNotifications(db, now),
      () => purgeIdempotencyKeys(db, now),
      () => stripOldRecords(db, platform, now),
    ];
    let done = 0;
    for (const step of steps) {
      if (deadline.remainingMs() <= 0) break;
      done += await step();
    }
    return done;
  },
};

/**
 * Records that ended more than 3 years ago keep their counts, times and scores for the figures and lose their personal
 * fields: each feature strips its own through its seam; the audit log keeps who did what, not the reason they gave.
 */
async function stripOldRecords(db: Db, platform: Platform, now: Date): Promise<number> {
  const before = cutoff('records', now);
  const bookings = await stripBookingsEndedBefore(db, before, BATCH);
  const comments = await stripCommentsOfEventsEndedBefore(db, before, BATCH);
  const requests = await stripRequestsEndedBefore(db, before, BATCH);
  if (requests.photos.length > 0) {
    try {
      await platform.storage.remove(requests.photos);
    } catch (err) {
      platform.log.error('photo removal failed after retention', { files: requests.photos.length, error: String(err) });
    }
  }
  const offline = await forgetOfflinePeopleBefore(db, before, BATCH);
  const notes = await db.selectFrom('audit_log').select('id').where('at', '<', before.toISOString()).where('note', 'is not', null).orderBy('id').limit(BATCH).execute();
  if (notes.length > 0) await db.updateTable('audit_log').set({ note: null }).where('id', 'in', notes.map((n) => n.id)).execute();
  return bookings + comments + requests.stripped + offline + notes.length;
}

async function purgeNotifications(db: Db, now: Date): Promise<number> {
  const old = await db
    .selectFrom('notifications')
    .select('id')
    .where('created_at', '<', cutoff('notifications', now).toISOString())
    .orderBy('id')
    .limit(BATCH)
    .execute();
  if (old.length === 0) return 0;
  const res = await db.deleteFrom('notifications').where('id', 'in', old.map((r) => r.id)).executeTakeFirst();
  return Number(res.numDeletedRows);
}

async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const old = await db
    .selectFrom('idempotency_keys')
    .select(['user_id', 'request_id'])
    .where('created_at', '<', cutoff('idempotencyKeys', now).toISOString())
    .orderBy('created_at')
    .limit(BATCH)
    .execute();
  if (old.length === 0) return 0;
  const res = await db
    .deleteFrom('idempotency_keys')
    .where((eb) => eb.or(old.map((k) => eb.and([eb('user_id', '=', k.user_id), eb('request_id', '=', k.request_id)]))))
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
