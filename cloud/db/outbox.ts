import { deferWrite } from './batch';
import type { MessageFacts } from '../platform/subscribe/fields';
import type { Db } from './tx';

export interface NotificationInput {
  userId: number;
  kind: string;
  title: string;
  body: string;
  /** Mini-program page to open, e.g. '/packages/events/detail/index?id=3'. */
  page?: string;
  /**
   * What a subscribe template's fields are filled with: `time` is the event's or booking's own time (an ISO instant),
   * `subject` what it is about, `place`, `status` (a few Chinese characters: 已取消) …; title and body stand in.
   */
  facts?: MessageFacts;
}

/**
 * Queues a message inside the caller's transaction: it shows in 消息通知 at once, and the scheduler tick pushes it as a
 * WeChat subscribe message when the person allowed that (cloud/scheduler/deliver-outbox.ts).
 */
export async function notify(db: Db, at: Date, n: NotificationInput): Promise<void> {
  // Nothing reads the message back in the transaction: it travels with the next statement (cloud/db/batch.ts).
  await deferWrite(
    db,
    db
    .insertInto('notifications')
    .values({
      user_id: n.userId,
      kind: n.kind,
      title: n.title.slice(0, 100),
      body: n.body.slice(0, 500),
      page: n.page ?? null,
      facts: n.facts ? JSON.stringify(n.facts) : null,
      status: 'pending',
      lease_until: null,
      attempts: 0,
      error: null,
      created_at: at.toISOString(),
      sent_at: null,
      read_at: null,
    }),
  );
}

/** How many of a person's messages they have not read yet (消息通知's count, the 我的 tab's badge). */
export async function unreadCount(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
