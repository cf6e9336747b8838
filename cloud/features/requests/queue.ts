import { QUEUE_FILTERS, type QueueFilter, type QueueResult } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { assertStaffOf } from '../../core/scope';
import { QUEUE_STATUSES } from './domain/queue';
import { countOf, pageOf, summariesOf, type RequestsWhere } from './lists';

/** A tab of the worker's queue for one community, optionally one category. */
export function queueWhere(communityId: number, filter: QueueFilter, category?: string): RequestsWhere {
  return (eb) => {
    const conds = [eb('requests.community_id', '=', communityId)];
    if (category) conds.push(eb('requests.category', '=', category));
    if (filter === 'overdue') conds.push(eb('requests.overdue', '=', 1));
    if (filter === 'review') {
      const heldComment = eb
        .selectFrom('request_ratings')
        .select('request_ratings.id')
        .whereRef('request_ratings.request_id', '=', 'requests.id')
        .where('request_ratings.comment_state', '=', 'held');
      conds.push(eb.or([eb('requests.status', 'in', QUEUE_STATUSES.review), eb.exists(heldComment)]));
    } else {
      conds.push(eb('requests.status', 'in', QUEUE_STATUSES[filter]));
    }
    return eb.and(conds);
  };
}

/** Work still to do is listed oldest first; finished work newest first. */
const OLDEST_FIRST: Record<QueueFilter, boolean> = { pending: true, active: true, overdue: true, review: true, completed: false, closed: false };

export async function queue(db: Db, ctx: Ctx, input: { communityId: number; filter: QueueFilter; category?: string; cursor?: number }): Promise<QueueResult> {
  assertStaffOf(ctx, input.communityId);
  const page = await pageOf(db, queueWhere(input.communityId, input.filter, input.category), { cursor: input.cursor, oldestFirst: OLDEST_FIRST[input.filter] });
  const counts = await Promise.all(QUEUE_FILTERS.map((f) => countOf(db, queueWhere(input.communityId, f, input.category))));
  return {
    items: await summariesOf(db, page.ids, 'staff'),
    counts: Object.fromEntries(QUEUE_FILTERS.map((f, i) => [f, counts[i]])) as Record<QueueFilter, number>,
    hasMore: page.hasMore,
  };
}
