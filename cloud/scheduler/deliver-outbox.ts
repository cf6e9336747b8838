import type { UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { Database } from '../db/schema';
import type { Db } from '../db/tx';
import { NO_DEADLINE, type Deadline } from '../platform/clock';
import type { PushCredits } from '../core/push-credits';
import { templateData, type MessageFacts } from '../platform/subscribe/fields';
import { NO_SUBSCRIPTION, PushRefused, type Platform } from '../platform/types';

/** Rows looked at per tick; each send is a call to WeChat, so a tick never takes more than this many. */
export const OUTBOX_BATCH = 20;
export const MAX_ATTEMPTS = 3;
/**
 * How long a claim holds a row when the caller does not say: longer than any cloud function may run (CloudBase's
 * timeout is at most 900 s), so a live sender never loses its row. The cloud entry passes a shorter one derived from
 * the function's own time limit.
 */
export const DEFAULT_LEASE_MS = 15 * 60_000;

export interface DeliverOptions {
  /** Stop claiming rows once this has passed; a row already claimed is finished. */
  deadline?: Deadline;
  batch?: number;
  leaseMs?: number;
  /** What people allowed us to push; without it every message stays in 消息通知 only. */
  credits?: PushCredits | null;
}

/**
 * Pushes queued notifications as WeChat subscribe messages where the person allowed it; every message is in
 * 消息通知 from the moment it was queued, pushed or not. A row whose kind has no template, or whose person holds no
 * credit for it (cloud/core/push-credits.ts), becomes `in_app`. A push is made only by taking a credit; WeChat's
 * 43101 (no subscription) is final and clears the person's credits for that template; other final refusals give the
 * credit back and fail the row; anything else gives it back and tries again next tick, MAX_ATTEMPTS in all.
 *
 * Sends at most a batch per tick and none started after the deadline: the rest waits for the
 * next minute. A row is claimed just before it is sent, with a conditional UPDATE that sets `sending` and a lease
 * (`lease_until`): two ticks running at once (cloud functions scale out) never both win the same row. A row left in
 * `sending` by a sender that died (its invocation timed out or was killed) is taken again once its lease has passed —
 * in that rare case the message may go out twice, because the dead sender may have sent it before it died.
 */
export async function deliverOutbox(db: Db, platform: Platform, opts: DeliverOptions = {}): Promise<number> {
  const deadline = opts.deadline ?? NO_DEADLINE;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const now = platform.clock.now();
  const nowIso = now.toISOString();
  const rows = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select([
      'notifications.id',
      'notifications.user_id',
      'notifications.status',
      'notifications.kind',
      'notifications.title',
      'notifications.body',
      'notifications.page',
      'notifications.facts',
      'notifications.attempts',
      'notifications.created_at',
      'users.openid',
    ])
    .where((eb) =>
      eb.or([
        eb('notifications.status', '=', 'pending'),
        eb.and([eb('notifications.status', '=', 'sending'), eb.or([eb('notifications.lease_until', 'is', null), eb('notifications.lease_until', '<', nowIso)])]),
      ]),
    )
    .orderBy('notifications.id')
    .limit(opts.batch ?? OUTBOX_BATCH)
    .execute();
  let sent = 0;
  for (const row of rows) {
    if (deadline.remainingMs() <= 0) break;
    const update = () => db.updateTable('notifications');
    if (row.status === 'sending' && row.attempts >= MAX_ATTEMPTS) {
      // Its senders died MAX_ATTEMPTS times: give up on it as on a message WeChat refused.
      await free(update().set({ status: 'failed', lease_until: null, error: '发送中断次数过多' }), row.id, nowIso).execute();
      continue;
    }
    const template = opts.credits ? platform.subscribeTemplates.forKind(row.kind) : null;
    if (!template || !opts.credits) {
      await free(update().set({ status: 'in_app', lease_until: null }), row.id, nowIso).execute();
      continue;
    }
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    const claim = await free(update().set({ status: 'sending', lease_until: lease, attempts: (eb) => eb('attempts', '+', 1) }), row.id, nowIso).executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue; // another tick holds it
    if (!(await opts.credits.take(db, row.user_id, template, now))) {
      await held(update().set({ status: 'in_app', lease_until: null }), row.id, lease).execute();
      continue;
    }
    try {
      const facts = row.facts ? (JSON.parse(row.facts) as MessageFacts) : {};
      const data = templateData(template, { title: row.title, body: row.body, facts, createdAt: row.created_at });
      await platform.notifier.push({ openid: row.openid, templateId: template.templateId, page: row.page, data });
      await held(update().set({ status: 'sent', sent_at: platform.clock.now().toISOString(), lease_until: null, error: null }), row.id, lease).execute();
      sent++;
    } catch (err) {
      const final = err instanceof PushRefused && err.final;
      if (err instanceof PushRefused && err.code === NO_SUBSCRIPTION) await opts.credits.clear(db, row.user_id, template, now);
      else await opts.credits.giveBack(db, row.user_id, template, now);
      const status = final || row.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
      await held(update().set({ status, lease_until: null, error: String((err as Error).message ?? err).slice(0, 500) }), row.id, lease).execute();
    }
  }
  return sent;
}

type NotificationUpdate = UpdateQueryBuilder<Database, 'notifications', 'notifications', UpdateResult>;

/** The row is free to take: waiting, or held by a claim that has run out. */
const free = (q: NotificationUpdate, id: number, nowIso: string) =>
  q
    .where('id', '=', id)
    .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)])])]));

/** Only the holder of this lease finishes the row: if it ran out and another tick took the row, that tick decides. */
const held = (q: NotificationUpdate, id: number, lease: string) => q.where('id', '=', id).where('status', '=', 'sending').where('lease_until', '=', lease);
