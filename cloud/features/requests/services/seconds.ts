import type { ActionParsed } from '../../../../types';
import { SIMILAR_DAYS, type PublicRequest, type Resolution, type SimilarPage } from '../../../../types/requests';
import { audit } from '../../../db/audit';
import { isUniqueViolation } from '../../../db/dialect';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { writeThenAnswer } from '../../../core/handler';
import { estateOf } from '../../../lib/privacy';
import { categoryListOf } from '../data/categories';
import { listText } from '../data/json-list';
import type { RequestRecord } from '../data/request-rows';
import { OPEN_PUBLIC, publicView, type PublicRow } from '../domain/seconds';

/**
 * 附议 instead of duplicates. A public-space problem (a category the community's workers mark public: 环境卫生,
 * facilities) is shown, while it is open, to the residents of its community whose 小区 it is in, without who reported
 * it; a neighbour adds 附议 instead of filing it again: one `request_seconds` row per person (UNIQUE), counted on the
 * request by a conditional UPDATE that comes first in the transaction. Those who seconded it are told when it is done
 * and rate it (their ratings count in the figures; only the reporter's 未解决 reopens it).
 */

const LIST_LIMIT = 20;

const since = (now: Date) => new Date(now.getTime() - SIMILAR_DAYS * 24 * 3600_000).toISOString();

/** Requests with what the 附议 list shows of them, and the caller's part in each. */
function publicSelect(db: Db, ctx: Ctx) {
  return db
    .selectFrom('requests')
    .leftJoin('request_seconds', (j) => j.onRef('request_seconds.request_id', '=', 'requests.id').on('request_seconds.user_id', '=', ctx.caller.id))
    .select([
      'requests.id',
      'requests.category',
      'requests.estate',
      'requests.description',
      'requests.photos',
      'requests.status',
      'requests.seconds',
      'requests.created_at',
      'requests.resident_id',
      'request_seconds.user_id as seconder',
    ]);
}

/** The open public requests of a category in one community (and 小区, when known). */
function publicRows(db: Db, ctx: Ctx, where: { communityId: number; category: string; estate: string | null }) {
  let q = publicSelect(db, ctx)
    .where('requests.community_id', '=', where.communityId)
    .where('requests.category', '=', where.category)
    .where('requests.status', 'in', OPEN_PUBLIC)
    .where('requests.created_at', '>=', since(ctx.now));
  if (where.estate !== null) q = q.where('requests.estate', '=', where.estate);
  return q;
}

/** The photos WeChat's photo check passed, per request: nobody but the uploader sees the others. */
async function passedPhotos(db: Db, ids: number[]): Promise<Map<number, Set<string>>> {
  const byRequest = new Map<number, Set<string>>();
  if (ids.length === 0) return byRequest;
  const rows = await db.selectFrom('request_photos').select(['request_id', 'file_id']).where('request_id', 'in', ids).where('state', '=', 'pass').execute();
  for (const r of rows) byRequest.set(r.request_id, (byRequest.get(r.request_id) ?? new Set()).add(r.file_id));
  return byRequest;
}

async function toPublic(db: Db, ctx: Ctx, rows: PublicRow[]): Promise<PublicRequest[]> {
  const photos = await passedPhotos(db, rows.map((r) => r.id));
  return rows.map((r) => publicView(r, ctx.caller.id, photos.get(r.id) ?? new Set()));
}

/** The 小区 the caller is matched on: the address typed on the form, else the profile's. */
async function callerEstate(db: Db, ctx: Ctx, address: string | undefined): Promise<string | null> {
  if (address !== undefined) return estateOf(address);
  const me = await db.selectFrom('users').select('address').where('id', '=', ctx.caller.id).executeTakeFirst();
  return estateOf(me?.address ?? '');
}

/** requests.similar: the 附议 page in one call. */
export async function similarRequests(db: Db, ctx: Ctx, input: ActionParsed<'requests.similar'>): Promise<SimilarPage> {
  const communityId = ctx.caller.communityId;
  const estate = await callerEstate(db, ctx, input.address);
  if (!communityId) return { category: input.category, estate, isPublic: false, items: [] };
  const { publicCategories } = await categoryListOf(db, communityId);
  if (!publicCategories.includes(input.category)) return { category: input.category, estate, isPublic: false, items: [] };
  const rows = await publicRows(db, ctx, { communityId, category: input.category, estate })
    .orderBy('requests.seconds', 'desc')
    .orderBy('requests.id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  return { category: input.category, estate, isPublic: true, items: await toPublic(db, ctx, rows) };
}

/** For the 暖心事 tab (requests.home): per public category, the open requests of the caller's 小区 others reported. */
export async function similarCounts(db: Db, ctx: Ctx, communityId: number, address: string): Promise<Record<string, number>> {
  const { publicCategories } = await categoryListOf(db, communityId);
  if (publicCategories.length === 0) return {};
  const estate = estateOf(address);
  let q = db
    .selectFrom('requests')
    .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
    .where('community_id', '=', communityId)
    .where('category', 'in', publicCategories)
    .where('status', 'in', OPEN_PUBLIC)
    .where('created_at', '>=', since(ctx.now))
    .where('resident_id', '!=', ctx.caller.id);
  if (estate !== null) q = q.where('estate', '=', estate);
  const rows = await q.groupBy('category').execute();
  return Object.fromEntries(rows.map((r) => [r.category, Number(r.n)]));
}

const notFoundHere = () => notFound('这件暖心事不存在或已不能附议', 'id');

/** One request as the 附议 list shows it to the caller. */
async function publicOne(db: Db, ctx: Ctx, id: number): Promise<PublicRequest> {
  const row = await publicSelect(db, ctx).where('requests.id', '=', id).executeTakeFirstOrThrow();
  return (await toPublic(db, ctx, [row]))[0];
}

/**
 * requests.second (附议): only a resident of the request's community, on an open request of a public category, never
 * on their own, once. The count is the gate — `UPDATE … SET seconds = seconds + 1 WHERE id = ? AND status IN (open)`
 * first, then the row whose UNIQUE (request, person) key refuses a second one; a refusal rolls both back. Answers with
 * the request as the list shows it (read after COMMIT).
 */
export const secondRequest = writeThenAnswer(
  async (db: Db, ctx: Ctx, input: ActionParsed<'requests.second'>) => {
    const req = await db.selectFrom('requests').select(['id', 'community_id', 'resident_id', 'category', 'status']).where('id', '=', input.id).executeTakeFirst();
    if (!req || req.community_id !== ctx.caller.communityId) throw notFoundHere();
    const { publicCategories } = await categoryListOf(db, req.community_id);
    if (!publicCategories.includes(req.category)) throw notFoundHere();
    if (req.resident_id === ctx.caller.id) throw conflict('这是您自己反映的问题，不用附议');
    if (!OPEN_PUBLIC.includes(req.status)) throw conflict('这件事已办结或已关闭，不能再附议');
    const already = await db.selectFrom('request_seconds').select('user_id').where('request_id', '=', req.id).where('user_id', '=', ctx.caller.id).executeTakeFirst();
    if (already) throw conflict('您已经附议过了');
    await inTransaction(db, async (trx) => {
      const res = await trx
        .updateTable('requests')
        .set((eb) => ({ seconds: eb('seconds', '+', 1) }))
        .where('id', '=', req.id)
        .where('status', 'in', OPEN_PUBLIC)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw conflict('这件事已办结或已关闭，不能再附议');
      try {
        await trx.insertInto('request_seconds').values({ request_id: req.id, user_id: ctx.caller.id, created_at: ctx.now.toISOString(), stars: null, tags: null, resolved: null, rated_at: null }).execute();
      } catch (err) {
        if (isUniqueViolation(err)) throw conflict('您已经附议过了');
        throw err;
      }
      await audit(trx, { entity: 'request', entityId: req.id, action: 'second', from: null, to: null, actorId: ctx.caller.id, communityId: req.community_id, at: ctx.now });
    });
    return req.id;
  },
  (db, ctx, input) => publicOne(db, ctx, input.id),
);

/** Whether the caller added 附议 to this request, and whether they rated it since. */
export async function secondOf(db: Db, requestId: number, userId: number): Promise<{ rated: boolean } | null> {
  const row = await db.selectFrom('request_seconds').select('rated_at').where('request_id', '=', requestId).where('user_id', '=', userId).executeTakeFirst();
  return row ? { rated: row.rated_at !== null } : null;
}

/**
 * A neighbour who seconded it rates it once it is done: stars, 是否解决 and tags, counted in the figures like the
 * reporter's. It takes no step (only the reporter's 未解决 reopens it) and carries no comment.
 */
export async function rateAsNeighbour(
  db: Db,
  ctx: Ctx,
  req: RequestRecord,
  r: { stars: number; tags: readonly string[]; comment: string; resolved: Resolution },
): Promise<void> {
  if (req.status !== 'completed' && req.status !== 'rated') throw conflict('这件事还没有办结，办结后再评价');
  if (r.comment) throw invalid('附议的邻居评价只需打分，不用留言', 'comment');
  await inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('request_seconds')
      .set({ stars: r.stars, tags: listText([...new Set(r.tags)]), resolved: r.resolved, rated_at: ctx.now.toISOString() })
      .where('request_id', '=', req.id)
      .where('user_id', '=', ctx.caller.id)
      .where('rated_at', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('您已经评价过了');
    await audit(trx, { entity: 'request', entityId: req.id, action: 'rateSecond', from: null, to: null, actorId: ctx.caller.id, communityId: req.community_id, note: `${r.stars}星`, at: ctx.now });
  });
}

/** Account deletion: the person's 附议 go, and the counts with them. Within the caller's transaction. */
export async function forgetSeconds(trx: Db, userId: number): Promise<number> {
  const rows = await trx.selectFrom('request_seconds').select('request_id').where('user_id', '=', userId).execute();
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.request_id);
  await trx.updateTable('requests').set((eb) => ({ seconds: eb('seconds', '-', 1) })).where('id', 'in', ids).where('seconds', '>', 0).execute();
  await trx.deleteFrom('request_seconds').where('user_id', '=', userId).execute();
  return rows.length;
}
