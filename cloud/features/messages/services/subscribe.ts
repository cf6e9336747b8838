import type { ActionParsed, Subscribed } from '../../../../types';
import type { Ctx } from '../../../core/context';
import { invalid } from '../../../core/errors';
import { inTransaction, type Db } from '../../../db/tx';
import { addCredit } from '../data/credits';

/**
 * 订阅提醒: the client reports the templates the person accepted in WeChat's requestSubscribeMessage; each becomes a
 * credit the outbox may push one message against (a long-term template: every message until switched off).
 * A template id the operator did not configure is refused before anything is written.
 */
export async function subscribe(db: Db, ctx: Ctx, input: ActionParsed<'messages.subscribe'>): Promise<Subscribed> {
  const ids = [...new Set(input.templateIds)];
  const templates = ids.map((id) => {
    const t = ctx.platform.subscribeTemplates.byId(id);
    if (!t) throw invalid('没有这个消息提醒，请更新小程序后再试', 'templateIds');
    return t;
  });
  return inTransaction(db, async (trx) => {
    for (const t of templates) await addCredit(trx, ctx.caller.id, t, ctx.now);
    const rows = await trx.selectFrom('subscribe_credits').select(['template_id', 'remaining']).where('user_id', '=', ctx.caller.id).where('template_id', 'in', ids).execute();
    return {
      templates: templates.map((t) => ({ templateId: t.templateId, longTerm: t.longTerm, remaining: rows.find((r) => r.template_id === t.templateId)?.remaining ?? 0 })),
    };
  });
}
