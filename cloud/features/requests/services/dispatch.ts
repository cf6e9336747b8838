import type { ActionParsed } from '../../../../types';
import type { DispatchPage, HandlerUnitOption, RequestDetail } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { checkTexts } from '../../../core/text-check';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { loadForAction, loadVisible } from '../data/access';
import { gist, tellUnits, tellUser } from '../data/notices';
import type { RequestRecord } from '../data/request-rows';
import { takeStep } from '../data/transition';
import { toUnitOption } from '../units/data/mapper';
import { findUnit, unitLoads, unitsReaching } from '../units/data/units';
import { inScope, servesInPool } from '../units/domain/reach';
import { getRequest } from './detail';

/** 社区派单: a worker picks a unit that reaches the community (those serving the category first), or the claim pool. */

const placeOf = (req: RequestRecord) => ({ communityId: req.community_id, streetId: req.street_id, category: req.category });

/** requests.dispatchPage: the request and the units it may go to, for the worker about to dispatch it. */
export async function dispatchPage(db: Db, ctx: Ctx, input: ActionParsed<'requests.dispatchPage'>): Promise<DispatchPage> {
  const { req, rel } = await loadVisible(db, ctx, input.id);
  if (!rel.staff) throw forbidden('只有本社区工作人员可以派单');
  const [request, units] = await Promise.all([getRequest(db, ctx, input), unitsForRequest(db, req)]);
  return { request, units };
}

/** The units a worker may dispatch a request to: those that declare its category first, then by load. */
async function unitsForRequest(db: Db, req: RequestRecord): Promise<HandlerUnitOption[]> {
  const units = await unitsReaching(db, { communityId: req.community_id, streetId: req.street_id });
  if (units.length === 0) return [];
  const [loads, street] = await Promise.all([
    unitLoads(db, units.map((u) => u.id)),
    db.selectFrom('streets').select('name').where('id', '=', req.street_id).executeTakeFirstOrThrow(),
  ]);
  return units
    .map((u) =>
      toUnitOption(u, {
        scopeName: u.community_id === null ? street.name : req.community_name,
        members: loads.members.get(u.id) ?? 0,
        openTasks: loads.open.get(u.id) ?? 0,
        category: req.category,
      }),
    )
    .sort((a, b) => Number(b.serves) - Number(a.serves) || a.openTasks - b.openTasks || a.id - b.id);
}

async function memberCount(db: Db, unitId: number): Promise<number> {
  const row = await db.selectFrom('handler_members').select((eb) => eb.fn.countAll<number>().as('n')).where('unit_id', '=', unitId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** 社区派单: to a department, a volunteer team, a co-building unit or a grid worker that reaches the community. */
export async function dispatchRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.dispatch'>): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'dispatch');
  await checkTexts(ctx, { note: ['派单说明', input.note] });
  const unit = await findUnit(db, input.unitId);
  if (!unit || !inScope(unit, placeOf(req))) throw notFound('该处理单位不存在或不服务本社区', 'unitId');
  if (req.status === 'dispatched' && req.unit_id === unit.id) throw conflict(`已经派给${unit.name}了`);
  if ((await memberCount(db, unit.id)) === 0) throw invalid(`${unit.name}还没有成员，无法接单，请选择其他单位`, 'unitId');
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'dispatch', actorId: ctx.caller.id, at: ctx.now, unitId: unit.id, note: input.note });
    const about = { requestId: req.id, body: gist(req.category, req.description), subject: req.category };
    await tellUnits(trx, ctx.now, [unit.id], { ...about, kind: 'request.dispatched', status: '待接单', title: '新的暖心事待接单' });
    if (req.unit_id && req.unit_id !== unit.id) {
      await tellUnits(trx, ctx.now, [req.unit_id], { ...about, kind: 'request.redirected', status: '已改派', title: '暖心事已改派其他单位' });
    }
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.progress', status: '已派单', title: '您的暖心事已派单', body: `已派给${unit.name}，请留意接单消息` });
  });
  return getRequest(db, ctx, { id: req.id });
}

/** 认领池: every unit that declares the category and reaches the community may claim it; the first claim wins. */
export async function poolRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.pool'>): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'pool');
  await checkTexts(ctx, { note: ['派单说明', input.note] });
  const eligible = (await unitsReaching(db, placeOf(req))).filter((u) => servesInPool(u, placeOf(req)));
  if (eligible.length === 0) throw conflict(`还没有服务「${req.category}」的单位，请直接派单`);
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'pool', actorId: ctx.caller.id, at: ctx.now, note: input.note });
    const about = { requestId: req.id, body: gist(req.category, req.description), subject: req.category };
    await tellUnits(trx, ctx.now, eligible.map((u) => u.id), { ...about, kind: 'request.pooled', status: '待认领', title: '认领池有新的暖心事' });
    if (req.unit_id) await tellUnits(trx, ctx.now, [req.unit_id], { ...about, kind: 'request.redirected', status: '已改派', title: '暖心事已改为公开认领' });
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.progress', status: '已派单', title: '您的暖心事已派单', body: '已发布给服务队认领，请留意接单消息' });
  });
  return getRequest(db, ctx, { id: req.id });
}
