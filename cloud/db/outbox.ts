import type { Db } from './tx';

export interface NotificationInput {
  userId: number;
  kind: string;
  title: string;
  body: string;
  /** Mini-program page to open, e.g. '/packages/events/detail/index?id=3'. */
  page?: string;
}

/** Queues a message inside the caller's transaction; the scheduler tick delivers it. */
export async function notify(db: Db, at: Date, n: NotificationInput): Promise<void> {
  await db
    .insertInto('notifications')
    .values({
      user_id: n.userId,
      kind: n.kind,
      title: n.title.slice(0, 100),
      body: n.body.slice(0, 500),
      page: n.page ?? null,
      status: 'pending',
      lease_until: null,
      attempts: 0,
      error: null,
      created_at: at.toISOString(),
      sent_at: null,
      read_at: null,
    })
    .execute();
}
