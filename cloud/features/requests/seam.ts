import type { ExpressionBuilder } from 'kysely';
import { ENDED_STATUSES } from '../../../types/requests/models';
import type { Ctx } from '../../core/context';
import { OFFLINE_OPENIDS } from '../../core/offline-people';
import type { Database } from '../../db/schema';
import { inTransaction, type Db } from '../../db/tx';
import { FINAL, WITHDRAWN_ON_DELETION } from './domain/state-machine';
import { parseList } from './data/json-list';
import { tellSecondersWithdrawn, tellUnits, tellWorkers } from './data/notices';
import { selectRequests } from './data/request-rows';
import { takeStep } from './data/transition';
import { forgetSeconds } from './services/seconds';

export interface RequesterForgotten {
  withdrawnRequests: number;
  handedBack: number;
  /** File ids of the photos no record names any more: the caller removes them from storage after COMMIT. */
  photos: string[];
}

/**
 * What other features may ask of 暖心事. Account deletion (the privacy feature), in one transaction: the person's open
 * requests are withdrawn (their unit is told), the ones they took on as a handler go back to the community's queue
 * (the workers are told), their unit memberships end, their 附议 are removed (and counted off), and what stays of their requests for the figures — category,
 * community, statuses, times, stars — loses the description, address, phone, preferred time, photos (and their
 * photo-check records), the timeline's notes and the rating comments.
 */
export async function forgetRequester(db: Db, ctx: Ctx, userId: number): Promise<RequesterForgotten> {
  return inTransaction(db, async (trx) => {
    // The first statement of a SQLite write transaction is a write.
    await trx.updateTable('request_ratings').set({ comment: '', comment_label: null }).where('resident_id', '=', userId).execute();
    // Their 附议 go (the counts with them): it was their voice, not the community's record.
    await forgetSeconds(trx, userId);
    const own = await selectRequests(trx).where('requests.resident_id', '=', userId).orderBy('requests.id').execute();
    const open = own.filter((r) => WITHDRAWN_ON_DELETION.includes(r.status));
    for (const req of open) {
      await takeStep(trx, { req, action: 'withdraw', actorId: userId, at: ctx.now, unitId: req.unit_id, accountDeleted: true });
      await tellSecondersWithdrawn(trx, ctx.now, req);
      if (req.unit_id) {
        await tellUnits(trx, ctx.now, [req.unit_id], { requestId: req.id, kind: 'request.withdrawn', title: '居民已撤回暖心事', body: `「${req.category}」：居民已注销账号` }, userId);
      }
    }
    const taken = await selectRequests(trx).where('requests.handler_id', '=', userId).where('requests.status', '=', 'accepted').orderBy('requests.id').execute();
    for (const req of taken) {
      await takeStep(trx, { req, action: 'decline', actorId: userId, at: ctx.now, unitId: req.unit_id, note: '处理人已注销账号' });
      await tellWorkers(trx, ctx.now, req.community_id, { requestId: req.id, kind: 'request.declined', title: '暖心事被退回，请重新派单', body: `「${req.category}」：处理人已注销账号` });
    }

    const ownIds = trx.selectFrom('requests').select('id').where('resident_id', '=', userId);
    const photos = await stripRequests(trx, (await ownIds.execute()).map((r) => r.id));
    await trx.deleteFrom('handler_members').where('user_id', '=', userId).execute();
    return { withdrawnRequests: open.length, handedBack: taken.length, photos };
  });
}

/**
 * Retention (the privacy feature's job): requests that ended (评价, 撤回, 未通过) before `before` lose what
 * `forgetRequester` strips, their rating comment included. At most `limit` a call, in one transaction; the caller
 * removes the returned photo files from storage after COMMIT.
 */
export async function stripRequestsEndedBefore(db: Db, before: Date, limit: number): Promise<{ stripped: number; photos: string[] }> {
  return inTransaction(db, async (trx) => {
    const old = await trx
      .selectFrom('requests')
      .select('id')
      .where('status', 'in', FINAL)
      .where('status_since', '<', before.toISOString())
      .where((eb) => eb.or([eb('description', '!=', ''), eb('address', '!=', ''), eb('phone', '!=', ''), eb('photos', '!=', '[]')]))
      .orderBy('id')
      .limit(limit)
      .execute();
    const ids = old.map((r) => r.id);
    if (ids.length === 0) return { stripped: 0, photos: [] };
    await trx.updateTable('request_ratings').set({ comment: '', comment_label: null }).where('request_id', 'in', ids).execute();
    return { stripped: ids.length, photos: await stripRequests(trx, ids) };
  });
}

/**
 * Retention: a person without the app (cloud/core/offline-people.ts), kept only so that workers find them again by
 * name or number, loses both once every 暖心事 of theirs ended before `before` (the record itself older than that).
 * Their requests keep the link for the figures. At most `limit` a call; returns how many were forgotten.
 */
export async function forgetOfflinePeopleBefore(db: Db, before: Date, limit: number): Promise<number> {
  const at = before.toISOString();
  const idle = await db.selectFrom('users').select('id').where(idleOffline(at)).orderBy('id').limit(limit).execute();
  const ids = idle.map((r) => r.id);
  if (ids.length === 0) return 0;
  // Checked again as it is blanked: a worker may have just filed a 暖心事 for that person.
  const res = await db.updateTable('users').set({ name: '', phone: '' }).where('id', 'in', ids).where(idleOffline(at)).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** An offline record with a name or number left, older than `at`, with no 暖心事 open or ended since. */
const idleOffline =
  (at: string) =>
  ({ and, or, not, exists, selectFrom, eb }: ExpressionBuilder<Database, 'users'>) =>
    and([
      eb('users.openid', 'like', OFFLINE_OPENIDS),
      or([eb('users.name', '!=', ''), eb('users.phone', '!=', '')]),
      eb('users.created_at', '<', at),
      not(
        exists(
          selectFrom('requests')
            .select('requests.id')
            .whereRef('requests.resident_id', '=', 'users.id')
            .where((x) => x.or([x('requests.status', 'not in', ENDED_STATUSES), x('requests.status_since', '>=', at)])),
        ),
      ),
    ]);

/**
 * What stays of these requests for the figures — category, community, statuses, times, stars — loses the description,
 * address, phone, preferred time, photos (and their photo-check records) and the timeline's notes. Returns the file ids
 * no record names any more.
 */
async function stripRequests(trx: Db, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx.selectFrom('requests').select('photos').where('id', 'in', ids).execute();
  const stepPhotos = await trx.selectFrom('request_steps').select('photos').where('request_id', 'in', ids).where('photos', 'is not', null).execute();
  const checked = await trx.selectFrom('request_photos').select('file_id').where('request_id', 'in', ids).execute();
  const photos = [...rows.flatMap((r) => parseList(r.photos)), ...stepPhotos.flatMap((st) => parseList(st.photos)), ...checked.map((c) => c.file_id)];
  await trx.updateTable('requests').set({ description: '', address: '', phone: '', preferred_time: '', photos: '[]', review_label: null }).where('id', 'in', ids).execute();
  await trx.updateTable('request_steps').set({ note: null, photos: null }).where('request_id', 'in', ids).execute();
  await trx.deleteFrom('request_photos').where('request_id', 'in', ids).execute();
  return [...new Set(photos)];
}

/** What the 工作台 (cloud/features/workbench) reads of 暖心事: the queues' counts and the caller's own tasks. */
export { requestsWorkbench } from './services/lists';
