import type { ActionParsed } from '../../../../types';
import type { RequestDetail } from '../../../../types/requests';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { checkTexts } from '../../../core/text-check';
import { conflict, forbidden, invalid } from '../../../core/errors';
import { loadForAction, loadVisible } from '../data/access';
import { tellUser } from '../data/notices';
import { takeStep } from '../data/transition';
import { getRequest } from './detail';

/**
 * Text the content check held: the request's description (通过 → 待派单, 驳回 → 未通过审核, the resident is told why)
 * or a rating comment (通过 → shown to the handler, 驳回 → stays hidden).
 */
export async function reviewHeldText(db: Db, ctx: Ctx, input: ActionParsed<'requests.review'>): Promise<RequestDetail> {
  if (input.target === 'request') {
    const action = input.decision;
    if (action === 'reject' && !input.reason) throw invalid('请填写驳回原因，居民会收到', 'reason');
    const { req } = await loadForAction(db, ctx, input.id, action);
    await checkTexts(ctx, { reason: ['驳回原因', input.reason] });
    await inTransaction(db, async (trx) => {
      await takeStep(trx, { req, action, actorId: ctx.caller.id, at: ctx.now, note: input.reason });
      if (action === 'reject') {
        await tellUser(trx, ctx.now, req.resident_id, { requestId: req.id, kind: 'request.rejected', status: '未通过', title: '您的暖心事未通过审核', body: input.reason });
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
