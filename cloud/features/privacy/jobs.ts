import type { TickJob } from '../../core/job';
import type { Db } from '../../db/tx';
import { cutoff } from './domain/retention';

/** At most this many rows of each kind a tick: a backlog (the first run on an old database) drains over minutes. */
const BATCH = 200;

/**
 * Tick job: deletes what is past its retention (domain/retention.ts), a bounded batch of each kind per tick. A delete
 * is idempotent, so two ticks running at once only share the work.
 */
export const retentionJob: TickJob = {
  name: 'privacy-retention',
  async run(db, _platform, now, deadline) {
    let deleted = await purgeNotifications(db, now);
    if (deadline.remainingMs() > 0) deleted += await purgeIdempotencyKeys(db, now);
    return deleted;
  },
};

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
