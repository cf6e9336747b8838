import { audit } from '../../db/audit';
import { inTransaction, type Db } from '../../db/tx';
import type { TickJob } from '../../core/job';
import { NO_DEADLINE, type Deadline } from '../../platform/clock';
import { overdueCutoff, overdueKind, TIMED_STATUSES } from './domain/overdue';
import { gist, tellWorkers } from './data/notices';

/** Each item is a transaction of several statements: a batch fits well inside one tick's budget. */
const BATCH = 50;

/**
 * 超时: not dispatched within 24 h of the order, or not accepted within 24 h of the dispatch. Each request is flagged
 * once (a conditional UPDATE, so ticks running side by side never flag or notify twice) and its workers are told.
 * The flag clears with the next step.
 */
export async function flagOverdue(db: Db, now: Date, deadline: Deadline = NO_DEADLINE): Promise<number> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'status', 'version', 'community_id', 'category', 'description'])
    .where('overdue', '=', 0)
    .where('status', 'in', TIMED_STATUSES)
    .where('status_since', '<=', overdueCutoff(now).toISOString())
    .orderBy('id')
    .limit(BATCH)
    .execute();
  let flagged = 0;
  for (const r of rows) {
    if (deadline.remainingMs() <= 0) break; // the rest on the next tick
    const late = overdueKind(r.status) === 'dispatch' ? '超过24小时未派单' : '派单后超过24小时未接单';
    const done = await inTransaction(db, async (trx) => {
      const res = await trx
        .updateTable('requests')
        .set({ overdue: 1 })
        .where('id', '=', r.id)
        .where('overdue', '=', 0)
        .where('version', '=', r.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) return false;
      const at = now.toISOString();
      await trx
        .insertInto('request_steps')
        .values({ request_id: r.id, kind: 'overdue', from_status: r.status, to_status: r.status, actor_id: null, unit_id: null, note: late, photos: null, at })
        .execute();
      await audit(trx, { entity: 'request', entityId: r.id, action: 'overdue', from: r.status, to: r.status, actorId: null, communityId: r.community_id, note: late, at: now });
      await tellWorkers(trx, now, r.community_id, { requestId: r.id, kind: 'request.overdue', status: '已超时', title: `暖心事超时：${late}`, body: gist(r.category, r.description) });
      return true;
    });
    if (done) flagged++;
  }
  return flagged;
}

/** The tick's work for 暖心事: the 24 h rules. */
export const requestsJobs: TickJob[] = [{ name: 'request-timeouts', run: (db, _platform, now, deadline) => flagOverdue(db, now, deadline) }];
