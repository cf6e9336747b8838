import type { ActionParsed } from '../../../../types';
import type { RequestDetail, RequestStatus } from '../../../../types/requests';
import type { Selectable } from 'kysely';
import { batch } from '../../../db/batch';
import { inTransaction, type Db } from '../../../db/tx';
import { writeThenAnswer } from '../../../core/handler';
import type { Ctx } from '../../../core/context';
import { checkTexts } from '../../../core/text-check';
import { assertMayAct, loadForAction, relateTo, requestNotFound } from '../data/access';
import { selectRequests, type RequestRecord } from '../data/request-rows';
import { gist, tellUser, tellWorkers } from '../data/notices';
import { holdForPhoto, recordPhotos, submitPhotos } from '../data/photo-checks';
import { assertPhotosStored } from '../data/stored-photos';
import { takeStep } from '../data/transition';
import { findUnit, memberUnitsQuery, toUnitRecord } from '../units/data/units';
import type { HandlerUnitTable } from '../units/data/tables';
import { servesInPool } from '../units/domain/reach';
import { getRequest } from './detail';

/** 部门接单: a unit's member claims it from the pool or accepts what was dispatched, hands it back, or completes it. */

async function nameOf(db: Db, userId: number): Promise<string> {
  const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name || '处理人';
}

/**
 * 认领: the first claim wins. When a request enters the pool, every handler of the units that serve it may tap 认领 in
 * the same second, and each claimer passes the request's row lock; so, as for a sign-up (events/services/signups.ts):
 * 1. The request, the caller's units and name are read in one round trip, without a lock, and every check is made
 *    on them. A request someone else already holds is refused here, having changed nothing.
 * 2. The step's conditional UPDATE (`WHERE status = 'pooled' AND version = <read>`, in takeStep) is the gate: of those
 *    who read it pooled exactly one lands; the others get CONFLICT and roll back.
 * 3. The timeline entry, the audit row, the resident's message and the idempotency result go with COMMIT
 *    (cloud/db/batch.ts `deferWrite`): the row is held for two round trips, the gate and COMMIT. Their foreign keys
 *    to the request take their shared lock only after the gate's exclusive one.
 * The detail screen is read after COMMIT (writeThenAnswer), so no lock is held for it, and a replay reads it afresh.
 */
async function claim(db: Db, ctx: Ctx, input: ActionParsed<'requests.claim'>): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const [requests, unitRows, users] = await batch(trx, [
      selectRequests(trx).where('requests.id', '=', input.id),
      memberUnitsQuery(trx, ctx.caller.id),
      trx.selectFrom('users').select('name').where('id', '=', ctx.caller.id),
    ]);
    const req = requests.rows[0] as RequestRecord | undefined;
    if (!req) throw requestNotFound();
    const units = ctx.caller.role === 'resident' ? [] : (unitRows.rows as Selectable<HandlerUnitTable>[]).map(toUnitRecord);
    assertMayAct(relateTo(ctx, req, units), 'claim');
    const unit = units.find((u) => servesInPool(u, { communityId: req.community_id, streetId: req.street_id, category: req.category }))!;
    const name = (users.rows[0] as { name: string } | undefined)?.name || '处理人';
    await takeStep(trx, { req, action: 'claim', actorId: ctx.caller.id, at: ctx.now, unitId: unit.id });
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.accepted', status: '已接单', title: '您的暖心事已接单', body: `${unit.name} ${name}已接单，将与您联系` });
    return { id: req.id };
  });
}

export const claimRequest = writeThenAnswer(claim, (db, ctx, input): Promise<RequestDetail> => getRequest(db, ctx, { id: input.id }));

/** 部门接单: a member of the unit it was dispatched to takes it on and becomes its handler. */
export async function acceptRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.accept'>): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'accept');
  const [unit, name] = await Promise.all([findUnit(db, req.unit_id!), nameOf(db, ctx.caller.id)]);
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'accept', actorId: ctx.caller.id, at: ctx.now, unitId: req.unit_id });
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.accepted', status: '已接单', title: '您的暖心事已接单', body: `${unit?.name ?? ''} ${name}已接单，将与您联系` });
  });
  return getRequest(db, ctx, { id: req.id });
}

/** 退回: back to the community's queue with a reason; the workers are told. The decliner no longer sees it. */
export async function declineRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.decline'>): Promise<{ id: number; status: RequestStatus }> {
  const { req } = await loadForAction(db, ctx, input.id, 'decline');
  await checkTexts(ctx, { reason: ['退回原因', input.reason] });
  const unit = await findUnit(db, req.unit_id!);
  const status = await inTransaction(db, async (trx) => {
    const to = await takeStep(trx, { req, action: 'decline', actorId: ctx.caller.id, at: ctx.now, unitId: req.unit_id, note: input.reason });
    await tellWorkers(trx, ctx.now, req.community_id, { requestId: req.id, kind: 'request.declined', status: '被退回', title: '暖心事被退回，请重新派单', body: `${unit?.name ?? ''}：${input.reason}` });
    return to;
  });
  return { id: req.id, status };
}

/** 办结: with what was done and photos; the resident is asked to rate it. */
export async function completeRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.complete'>): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'complete');
  await checkTexts(ctx, { note: ['办结说明', input.note] });
  await assertPhotosStored(ctx, input.photos, 'photos');
  const photos = await submitPhotos(ctx, input.photos);
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'complete', actorId: ctx.caller.id, at: ctx.now, unitId: req.unit_id, note: input.note, photos: input.photos });
    const photoHeld = await recordPhotos(trx, { requestId: req.id, uploaderId: ctx.caller.id, submitted: photos, at: ctx.now });
    if (photoHeld) await holdForPhoto(trx, req.id, photoHeld, ctx.now);
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.completed', status: '已办结', title: '您的暖心事已办结，请评价', body: gist(req.category, input.note) });
  });
  return getRequest(db, ctx, { id: req.id });
}
