import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { RequestSummary, Viewer } from '../../../types/requests';
import type { Database } from '../../db/schema';
import type { Db } from '../../db/tx';
import { toSummary, type SummaryRow } from './mappers/request';
import { selectRequests } from './records';

/** A condition on the requests table alone: the same one picks a page of a list and counts its tab. */
export type RequestsWhere = (eb: ExpressionBuilder<Database, 'requests'>) => Expression<SqlBool>;

const PAGE_SIZE = 30;

/** One page of ids, oldest first for work still to do, newest first for history. `cursor` is the last id seen. */
export async function pageOf(db: Db, where: RequestsWhere, opts: { cursor?: number; oldestFirst: boolean }): Promise<{ ids: number[]; hasMore: boolean }> {
  let q = db.selectFrom('requests').select('id').where(where);
  if (opts.cursor) q = q.where('id', opts.oldestFirst ? '>' : '<', opts.cursor);
  const rows = await q.orderBy('id', opts.oldestFirst ? 'asc' : 'desc').limit(PAGE_SIZE + 1).execute();
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
