import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { QueueFilter, RequestSummary, TaskFilter, Viewer } from '../../../../types/requests';
import type { Database } from '../../../db/schema';
import type { Db } from '../../../db/tx';
import { QUEUE_STATUSES, TASK_STATUSES } from '../domain/queue';
import type { UnitRecord } from '../units/data/units';
import { toSummary, type SummaryRow } from './mapper';
import { selectRequests } from './request-rows';

/** A condition on the requests table alone: the same one picks a page of a list and counts its tab. */
export type RequestsWhere = (eb: ExpressionBuilder<Database, 'requests'>) => Expression<SqlBool>;

const PAGE_SIZE = 30;

/**
 * One page of a list in the order the requests were filed (oldest first for work waiting, newest first for what is
 * done), ids breaking ties. Ids alone are not that order: a request may be filed with an earlier time than one
 * inserted before it (the demo data is, imports would be). The cursor is the last id of the previous page.
 */
export async function pageOf(db: Db, where: RequestsWhere, opts: { cursor?: number; oldestFirst: boolean }): Promise<{ ids: number[]; hasMore: boolean }> {
  const dir = opts.oldestFirst ? 'asc' : 'desc';
  const after = opts.oldestFirst ? '>' : '<';
  let q = db.selectFrom('requests').select('id').where(where);
  if (opts.cursor) {
    const cursor = opts.cursor;
    const last = await db.selectFrom('requests').select('created_at').where('id', '=', cursor).executeTakeFirst();
    q = last
      ? q.where((eb) => eb.or([eb('created_at', after, last.created_at), eb.and([eb('created_at', '=', last.created_at), eb('id', after, cursor)])]))
      : q.where('id', after, cursor);
  }
  const rows = await q.orderBy('created_at', dir).orderBy('id', dir).limit(PAGE_SIZE + 1).execute();
  return { ids: rows.slice(0, PAGE_SIZE).map((r) => r.id), hasMore: rows.length > PAGE_SIZE };
}

export async function countOf(db: Db, where: RequestsWhere): Promise<number> {
  const row = await db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).where(where).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Rows of a list with the resident's and the unit's names, in the order of `ids`. */
export async function summariesOf(db: Db, ids: number[], viewer: Viewer | ((row: SummaryRow) => Viewer)): Promise<RequestSummary[]> {
  if (ids.length === 0) return [];
  const rows: SummaryRow[] = await selectRequests(db)
    .innerJoin('users as resident', 'resident.id', 'requests.resident_id')
    .leftJoin('handler_units', 'handler_units.id', 'requests.unit_id')
    .select((eb) => [
      'resident.name as resident_name',
      'handler_units.name as unit_name',
      eb
        .exists(
          eb
            .selectFrom('request_ratings')
            .select('request_ratings.id')
            .whereRef('request_ratings.request_id', '=', 'requests.id')
            .where('request_ratings.comment_state', '=', 'held'),
        )
        .as('comment_held'),
    ])
    .where('requests.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, typeof viewer === 'function' ? viewer(row) : viewer)] : [];
  });
}

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

/**
 * A handler's lists: 待接单 = dispatched to one of their units; 处理中 / 已完成 = taken on by them; 认领池 = open in a
 * category one of their units declares, in a community it reaches. Nothing else is visible to them.
 */
export function taskWhere(userId: number, units: UnitRecord[], filter: TaskFilter): RequestsWhere {
  return (eb) => {
    const status = eb('requests.status', 'in', TASK_STATUSES[filter]);
    if (filter === 'todo') return eb.and([status, eb('requests.unit_id', 'in', units.length ? units.map((u) => u.id) : [0])]);
    if (filter !== 'pool') return eb.and([status, eb('requests.handler_id', '=', userId)]);
    const reach = units
      .filter((u) => u.categories.length > 0)
      .map((u) =>
        eb.and([
          eb('requests.category', 'in', u.categories),
          u.community_id !== null
            ? eb('requests.community_id', '=', u.community_id)
            : eb('requests.community_id', 'in', eb.selectFrom('communities').select('communities.id').where('communities.street_id', '=', u.street_id)),
        ]),
      );
    // No unit declares a category: nothing is in reach. (A bound `false` is no value SQLite can take.)
    return reach.length ? eb.and([status, eb.or(reach)]) : sql<boolean>`1 = 0`;
  };
}
