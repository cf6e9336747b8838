import type { Db } from '../db/tx';
import type { Platform } from '../platform/types';

const BATCH = 100;
const MAX_ATTEMPTS = 3;

/**
 * Sends queued notifications. Each row is claimed with a conditional UPDATE first, so two ticks running at once
 * (cloud functions scale out) never send the same message twice.
 */
export async function deliverOutbox(db: Db, platform: Platform): Promise<number> {
  const rows = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['notifications.id', 'notifications.kind', 'notifications.title', 'notifications.body', 'notifications.page', 'notifications.attempts', 'notifications.created_at', 'users.openid'])
    .where('notifications.status', '=', 'pending')
    .orderBy('notifications.id')
    .limit(BATCH)
    .execute();
  let sent = 0;
  for (const row of rows) {
    const claim = await db
      .updateTable('notifications')
      .set({ status: 'sending', attempts: row.attempts + 1 })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    try {
      await platform.notifier.deliver({ openid: row.openid, kind: row.kind, title: row.title, body: row.body, page: row.page, createdAt: row.created_at });
      await db.updateTable('notifications').set({ status: 'sent', sent_at: platform.clock.now().toISOString(), error: null }).where('id', '=', row.id).execute();
      sent++;
    } catch (err) {
      const status = row.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
      await db.updateTable('notifications').set({ status, error: String((err as Error).message ?? err).slice(0, 500) }).where('id', '=', row.id).execute();
    }
  }
  return sent;
}
