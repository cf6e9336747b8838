import type { ActionParsed } from '../../../../types';
import type { RequestDetail } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import { screenText } from '../../../core/text-check';
import { loadForAction } from '../data/access';
import { tellUser, tellWorkers } from '../data/notices';
import { ratingNote, ratingSummary, recordRating } from '../data/ratings';
import { findRequest, type RequestRecord } from '../data/request-rows';
import { takeStep } from '../data/transition';
import { nextStatus } from '../domain/state-machine';
import { getRequest } from './detail';

type RateInput = ActionParsed<'requests.rate'>;

/**
 * 群众评单. 未解决 reopens the request to the community (a new round, unassigned) and tells the workers, with the
 * comment once it has passed the content check. A comment that fails is kept, held for a worker's review.
 */
export async function rateRequest(db: Db, ctx: Ctx, input: RateInput): Promise<RequestDetail> {
  const action = actionOf(input);
  const { req } = await loadForAction(db, ctx, input.id, action);
  await rate(db, ctx, req, input, { residentId: ctx.caller.id, recordedBy: null });
  return getRequest(db, ctx, { id: req.id });
}

/**
 * 电话回访: a worker of the request's community records the rating that a person without the app gave by phone. The
 * rating is the person's (credited to the unit and handler as any other); the step, the audit row and the rating say
 * which worker recorded it. A registered resident rates for themselves, in the app.
 */
export async function rateByPhone(db: Db, ctx: Ctx, input: RateInput): Promise<RequestDetail> {
  const action = actionOf(input);
  const req = await findRequest(db, input.id);
  if (!req || !canStaff(ctx, req.community_id)) throw notFound('这件暖心事不存在或您无权查看', 'id');
  if (req.subject !== 'person') throw forbidden('这位居民使用小程序，请由居民本人评价');
  if (!nextStatus(req.status, action)) throw conflict('这件暖心事还没有办结，或已经评价过了');
  await rate(db, ctx, req, input, { residentId: req.resident_id, recordedBy: ctx.caller.id });
  return getRequest(db, ctx, { id: req.id });
}

function actionOf(input: RateInput): 'rate' | 'reopen' {
  const action = input.resolved === 'unresolved' ? 'reopen' : 'rate';
  if (action === 'reopen' && !input.comment) throw invalid('请说明还有哪些问题没有解决，社区会重新安排', 'comment');
  return action;
}

async function rate(db: Db, ctx: Ctx, req: RequestRecord, input: RateInput, who: { residentId: number; recordedBy: number | null }): Promise<void> {
  const action = actionOf(input);
  const verdict = await screenText(ctx, input.comment);
  const commentState = !input.comment ? 'none' : verdict.pass ? 'visible' : 'held';
  const summary = ratingSummary(input.stars, input.resolved);

  await inTransaction(db, async (trx) => {
    await takeStep(trx, {
      req,
      action,
      actorId: ctx.caller.id,
      at: ctx.now,
      unitId: req.unit_id,
      note: ratingNote(summary, who.recordedBy !== null),
    });
    await recordRating(trx, req, {
      residentId: who.residentId,
      recordedBy: who.recordedBy,
      stars: input.stars,
      tags: input.tags,
      comment: input.comment,
      commentState,
      commentLabel: verdict.pass ? null : (verdict.label ?? '内容安全检测未通过'),
      resolved: input.resolved,
      at: ctx.now,
    });
    if (action === 'reopen') {
      await tellWorkers(trx, ctx.now, req.community_id, {
        requestId: req.id,
        kind: 'request.reopened', status: '重新办理',
        title: '居民反馈问题未解决',
        body: commentState === 'visible' ? `「${req.category}」${input.comment}` : `「${req.category}」留言待审核`,
      });
    } else if (req.handler_id) {
      await tellUser(trx, ctx.now, req.handler_id, { requestId: req.id, kind: 'request.rated', status: '已评价', title: '居民已评价', body: `「${req.category}」${summary}` });
    }
  });
}
