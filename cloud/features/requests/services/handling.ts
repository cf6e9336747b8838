import type { ActionParsed } from '../../../../types';
import type { RequestDetail, RequestStatus } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { checkTexts } from '../../../core/text-check';
import { loadForAction } from '../data/access';
import { gist, tellUser, tellWorkers } from '../data/notices';
import { holdForPhoto, recordPhotos, submitPhotos } from '../data/photo-checks';
import { assertPhotosStored } from '../data/stored-photos';
import { takeStep } from '../data/transition';
import { findUnit } from '../units/data/units';
import { servesInPool } from '../units/domain/reach';
import { getRequest } from './detail';

/** 部门接单: a unit's member claims it from the pool or accepts what was dispatched, hands it back, or completes it. */

async function nameOf(db: Db, userId: number): Promise<string> {
  const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
  return row?.name || '处理人';
}

/**
 * 认领: the first claim wins. Every claimer read 'pooled'; the conditional UPDATE inside takeStep lets exactly one
 * of them move it on, and the others get CONFLICT.
 */
export async function claimRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.claim'>): Promise<RequestDetail> {
  const { req, units } = await loadForAction(db, ctx, input.id, 'claim');
  const unit = units.find((u) => servesInPool(u, { communityId: req.community_id, streetId: req.street_id, category: req.category }))!;
  const name = await nameOf(db, ctx.caller.id);
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'claim', actorId: ctx.caller.id, at: ctx.now, unitId: unit.id });
    await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.accepted', status: '已接单', title: '您的暖心事已接单', body: `${unit.name} ${name}已接单，将与您联系` });
  });
  return getRequest(db, ctx, { id: req.id });
}

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
