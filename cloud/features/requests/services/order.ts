import type { ActionParsed } from '../../../../types';
import type { RequestDetail } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { invalid, rateLimited } from '../../../core/errors';
import { checkTexts, screenText } from '../../../core/text-check';
import { FINAL } from '../domain/state-machine';
import { loadForAction } from '../data/access';
import { categoriesOf } from '../data/categories';
import { gist, tellSecondersWithdrawn, tellUnits, tellWorkers } from '../data/notices';
import { holdForPhoto, recordPhotos, submitPhotos } from '../data/photo-checks';
import { assertPhotosStored } from '../data/stored-photos';
import { openRequest, takeStep } from '../data/transition';
import { getRequest } from './detail';

/** 群众点单: the resident orders (with the number WeChat vouches for, if they like), and may take it back. */

/** More open requests than this from one person is almost always a mistake or abuse. */
const MAX_OPEN_PER_RESIDENT = 10;

/**
 * 群众点单. Runs once per requestId (the router wraps it). A description that fails the content check is kept but held
 * (status 待审核): only its author and the community's workers, who review it, ever see it. An address that fails is
 * refused: there is nothing to review in an address, and the resident just corrects it.
 */
export async function createRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.create'>): Promise<RequestDetail> {
  const communityId = ctx.caller.communityId;
  if (!communityId) throw invalid('请先在「我的」中选择所在社区', 'communityId');
  if (!(await categoriesOf(db, communityId)).includes(input.category)) throw invalid('请选择本社区提供的服务类别', 'category');
  await assertPhotosStored(ctx, input.photos, 'photos');
  const open = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resident_id', '=', ctx.caller.id)
    .where('status', 'not in', FINAL)
    .executeTakeFirstOrThrow();
  if (Number(open.n) >= MAX_OPEN_PER_RESIDENT) throw rateLimited(`您已有${MAX_OPEN_PER_RESIDENT}件暖心事在办理中，请等办结后再点单`);

  await checkTexts(ctx, { address: ['服务地址', input.address] });
  const verdict = await screenText(ctx, input.description);
  const photos = await submitPhotos(ctx, input.photos);
  const { id } = await inTransaction(db, async (trx) => {
    const opened = await openRequest(trx, {
      ...input,
      communityId,
      residentId: ctx.caller.id,
      heldFor: verdict.pass ? null : (verdict.label ?? '内容安全检测未通过'),
      at: ctx.now,
    });
    await afterOpening(trx, ctx, { id: opened.id, communityId, category: input.category, description: input.description, passed: verdict.pass, photos });
    return opened;
  });
  return getRequest(db, ctx, { id });
}

/**
 * What follows every new request in its transaction, the resident's own or one a worker filed (代点单): the workers are
 * told (to dispatch it, or to review its text), and its photos go to WeChat's photo check, which may hold it.
 */
export async function afterOpening(
  trx: Db,
  ctx: Ctx,
  r: { id: number; communityId: number; category: string; description: string; passed: boolean; photos: Awaited<ReturnType<typeof submitPhotos>> },
): Promise<void> {
  await tellWorkers(trx, ctx.now, r.communityId, {
    requestId: r.id,
    kind: r.passed ? 'request.created' : 'request.held',
    subject: r.category,
    status: r.passed ? '待派单' : '待审核',
    title: r.passed ? '新的暖心事待派单' : '暖心事内容待审核',
    body: r.passed ? gist(r.category, r.description) : `「${r.category}」内容未通过自动检测，请审核`,
  });
  const photoHeld = await recordPhotos(trx, { requestId: r.id, uploaderId: ctx.caller.id, submitted: r.photos, at: ctx.now });
  if (photoHeld) await holdForPhoto(trx, r.id, photoHeld, ctx.now);
}

/**
 * 「使用微信手机号」: the code of `<Button open-type="getPhoneNumber">` is exchanged on the server (phonenumber.getPhoneNumber
 * in the cloud). Outside WeChat there is nothing to exchange and the resident types the number.
 */
export async function contactPhone(_db: Db, ctx: Ctx, input: ActionParsed<'requests.contactPhone'>): Promise<{ phone: string }> {
  const phone = await ctx.platform.phoneNumber.fromCode(input.code);
  if (!phone) throw invalid('没能获取微信绑定的手机号，请手动填写', 'code');
  return { phone };
}

/** 撤回: the resident takes it back before anyone has accepted it. */
export async function withdrawRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.withdraw'>): Promise<RequestDetail> {
  const { req } = await loadForAction(db, ctx, input.id, 'withdraw');
  await inTransaction(db, async (trx) => {
    await takeStep(trx, { req, action: 'withdraw', actorId: ctx.caller.id, at: ctx.now, unitId: req.unit_id });
    await tellSecondersWithdrawn(trx, ctx.now, req);
    if (req.unit_id) {
      await tellUnits(trx, ctx.now, [req.unit_id], { requestId: req.id, kind: 'request.withdrawn', status: '已撤回', title: '居民已撤回暖心事', body: gist(req.category, req.description) });
    }
  });
  return getRequest(db, ctx, input);
}
