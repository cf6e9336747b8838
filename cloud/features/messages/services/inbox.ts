import type { ActionParsed, MessagePage, UnreadCount } from '../../../../types';
import { unreadCount } from '../../../db/outbox';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { MESSAGE_COLUMNS, toMessage } from '../data/mapper';

/** My notifications (消息通知): the list, a page at a time, and marking them read. */

const PAGE = 20;

/** My notifications, newest first, whether or not WeChat delivered them. */
export async function listMessages(db: Db, ctx: Ctx, input: ActionParsed<'messages.list'>): Promise<MessagePage> {
  let q = db
    .selectFrom('notifications')
    .select(MESSAGE_COLUMNS)
    .where('user_id', '=', ctx.caller.id)
    .orderBy('id', 'desc')
    .limit(PAGE + 1);
  if (input.beforeId) q = q.where('id', '<', input.beforeId);
  const rows = await q.execute();
  const items = rows.slice(0, PAGE).map(toMessage);
  return { items, unread: await unreadCount(db, ctx.caller.id), nextBeforeId: rows.length > PAGE ? items[items.length - 1].id : null };
}

export async function markRead(db: Db, ctx: Ctx, input: ActionParsed<'messages.read'>): Promise<UnreadCount> {
  let q = db.updateTable('notifications').set({ read_at: ctx.now.toISOString() }).where('user_id', '=', ctx.caller.id).where('read_at', 'is', null);
  if (!input.all) {
    if (!input.ids?.length) return { unread: await unreadCount(db, ctx.caller.id) };
    q = q.where('id', 'in', input.ids);
  }
  await q.execute();
  return { unread: await unreadCount(db, ctx.caller.id) };
}
