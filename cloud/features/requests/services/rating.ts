import type { ActionParsed } from '../../../../types';
import type { RequestDetail } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { invalid } from '../../../core/errors';
import { screenText } from '../../../core/text-check';
import { loadForAction } from '../data/access';
import { tellUser, tellWorkers } from '../data/notices';
import { ratingSummary, recordRating } from '../data/ratings';
import { takeStep } from '../data/transition';
import { getRequest } from './detail';

/**
 * 群众评单. 未解决 reopens the request to the community (a new round, unassigned) and tells the workers, with the
 * comment once it has passed the content check. A comment that fails is kept, held for a worker's review.
 */
export async function rateRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.rate'>): Promise<RequestDetail> {
  const action = input.resolved === 'unresolved' ? 'reopen' : 'rate';
  if (action === 'reopen' && !input.comment) throw invalid('请说明还有哪些问题没有解决，社区会重新安排', 'comment');
  const { req } = await loadForAction(db, ctx, input.id, action);
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
      note: summary,
    });
    await recordRating(trx, req, {
      residentId: ctx.caller.id,
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
  return getRequest(db, ctx, { id: req.id });
}
