import type { Message, MessagePage } from '../../../types';
import type { NotificationTable } from '../../db/core-tables';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';

const PAGE = 20;

type Row = Pick<NotificationTable, 'kind' | 'title' | 'body' | 'page' | 'created_at' | 'read_at'> & { id: number };

function toMessage(r: Row): Message {
  return { id: r.id, kind: r.kind, title: r.title, body: r.body, page: r.page, createdAt: r.created_at, read: r.read_at !== null };
}

async function unreadCount(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** My notifications, newest first, whether or not WeChat delivered them. */
export async function listMessages(db: Db, ctx: Ctx, input: { beforeId?: number }): Promise<MessagePage> {
  let q = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'title', 'body', 'page', 'created_at', 'read_at'])
    .where('user_id', '=', ctx.caller.id)
    .orderBy('id', 'desc')
    .limit(PAGE + 1);
  if (input.beforeId) q = q.where('id', '<', input.beforeId);
  const rows = await q.execute();
  const items = rows.slice(0, PAGE).map(toMessage);
  return { items, unread: await unreadCount(db, ctx.caller.id), nextBeforeId: rows.length > PAGE ? items[items.length - 1].id : null };
}

export async function markRead(db: Db, ctx: Ctx, input: { ids?: number[]; all?: boolean }): Promise<{ unread: number }> {
  let q = db.updateTable('notifications').set({ read_at: ctx.now.toISOString() }).where('user_id', '=', ctx.caller.id).where('read_at', 'is', null);
  if (!input.all) {
    if (!input.ids?.length) return { unread: await unreadCount(db, ctx.caller.id) };
    q = q.where('id', 'in', input.ids);
  }
  await q.execute();
  return { unread: await unreadCount(db, ctx.caller.id) };
}
