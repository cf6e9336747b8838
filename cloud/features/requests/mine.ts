import type { RequestSummary } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { summariesOf } from './lists';

/** 我的暖心事: the caller's own requests, newest first. */
export async function myRequests(db: Db, ctx: Ctx): Promise<RequestSummary[]> {
  const rows = await db.selectFrom('requests').select('id').where('resident_id', '=', ctx.caller.id).orderBy('id', 'desc').limit(100).execute();
  return summariesOf(db, rows.map((r) => r.id), 'owner');
}
