import type { RequestDetail } from '../../../types/requests';
import { audit } from '../../db/audit';
import { inTransaction, type Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { checkTexts } from '../../core/text-check';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { getRequest } from './detail';
import { inScope, servesInPool } from './domain/units';
import { gist, tellUnits, tellUser } from './notices';
import { findUnit, unitsReaching, type RequestRecord } from './records';
import { loadForAction, loadVisible } from './relation';
import { takeStep } from './transition';

const placeOf = (req: RequestRecord) => ({ communityId: req.community_id, streetId: req.street_id, category: req.category });

async function memberCount(db: Db, unitId: number): Promise<number> {
  const row = await db.selectFrom('handler_members').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', unitId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 社区派单: to a department, a volunteer team, a co-building unit or a grid worker that reaches the community. */
export async function dispatchRequest(db: Db, ctx: Ctx, input: { id: number; unitId: number; note: string }): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'dispatch');
  await checkTexts(ctx, { note: ['派单说明', input.note] });
  const unit = await findUnit(db, input.unitId);
  if (!unit || !inScope(unit, placeOf(req))) throw notFound('该处理单位不存在或不服务本社区', 'unitId');
  if (req.status === 'dispatched' && req.unit_id === unit.id) throw conflict(`已经派给${unit.name}了`);
  if ((await memberCount(db, unit.id)) === 0) throw invalid(`${unit.name}还没有成员，无法接单，请选择其他单位`, 'unitId');
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'dispatch', actorId: ctx.caller.id, at: ctx.now, unitId: unit.id, note: input.note });
    const about = { requestId: req.id, body: gist(req.category, req.description) };
    await tellUnits(trx, ctx.now, [unit.id], { ...about, kind: 'request.dispatched', title: '新的暖心事待接单' });
    if (req.unit_id && req.unit_id !== unit.id) {
      await tellUnits(trx, ctx.now, [req.unit_id], { ...about, kind: 'request.redirected', title: '暖心事已改派其他单位' });
    }
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.progress', title: '您的暖心事已派单', body: `已派给${unit.name}，请留意接单消息` });
  });
  return getRequest(db, ctx, { id: req.id });
}

/** 认领池: every unit that declares the category and reaches the community may claim it; the first claim wins. */
export async function poolRequest(db: Db, ctx: Ctx, input: { id: number; note: string }): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'pool');
  await checkTexts(ctx, { note: ['派单说明', input.note] });
  const eligible = (await unitsReaching(db, placeOf(req))).filter((u) => servesInPool(u, placeOf(req)));
  if (eligible.length === 0) throw conflict(`还没有服务「${req.category}」的单位，请直接派单`);
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'pool', actorId: ctx.caller.id, at: ctx.now, note: input.note });
    const about = { requestId: req.id, body: gist(req.category, req.description) };
    await tellUnits(trx, ctx.now, eligible.map((u) => u.id), { ...about, kind: 'request.pooled', title: '认领池有新的暖心事' });
    if (req.unit_id) await tellUnits(trx, ctx.now, [req.unit_id], { ...about, kind: 'request.redirected', title: '暖心事已改为公开认领' });
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.progress', title: '您的暖心事已派单', body: '已发布给服务队认领，请留意接单消息' });
  });
  return getRequest(db, ctx, { id: req.id });
}

export interface ReviewInput {
  id: number;
  target: 'request' | 'rating';
  decision: 'release' | 'reject';
  reason: string;
}

/**
 * Text the content check held: the request's description (通过 → 待派单, 驳回 → 未通过审核, the resident is told why)
 * or a rating comment (通过 → shown to the handler, 驳回 → stays hidden).
 */
export async function reviewHeldText(db: Db, ctx: Ctx, input: ReviewInput): Promise<RequestDetail> {
  if (input.target === 'request') {
    const action = input.decision;
    if (action === 'reject' && !input.reason) throw invalid('请填写驳回原因，居民会收到', 'reason');
    const { req } = await loadForAction(db, ctx, input.id, action);
    await checkTexts(ctx, { reason: ['驳回原因', input.reason] });
    await inTransaction(db, async (trx) => {
      await takeStep(trx, { req, action, actorId: ctx.caller.id, at: ctx.now, note: input.reason });
      if (action === 'reject') {
        await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.rejected', title: '您的暖心事未通过审核', body: input.reason });
      }
    });
    return getRequest(db, ctx, { id: req.id });
  }

  const { req, rel } = await loadVisible(db, ctx, input.id);
  if (!rel.staff) throw forbidden('只有本社区工作人员可以审核评价留言');
  await checkTexts(ctx, { reason: ['驳回原因', input.reason] });
  const held = await db
    .selectFrom('request_ratings')
    .select(['id', 'comment_state'])
    .where('request_id', '=', req.id)
    .where('comment_state', '=', 'held')
    .orderBy('round', 'desc')
    .executeTakeFirst();
  if (!held) throw conflict('没有待审核的评价留言');
  const to = input.decision === 'release' ? 'visible' : 'rejected';
  await inTransaction(db, async (trx) => {
    const res = await trx
      .updateTable('request_ratings')
      .set({ comment_state: to })
      .where('id', '=', held.id)
      .where('comment_state', '=', 'held')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('这条留言已被其他工作人员审核');
    await audit(trx, { entity: 'request_rating', entityId: held.id, action: `comment.${input.decision}`, from: 'held', to, actorId: ctx.caller.id, communityId: req.community_id, note: input.reason, at: ctx.now });
  });
  return getRequest(db, ctx, { id: req.id });
}
