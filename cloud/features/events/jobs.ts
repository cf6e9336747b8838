import { notify } from '../../db/outbox';
import { inTransaction, type Db } from '../../db/tx';
import type { TickJob } from '../../core/job';
import { formatSpan } from '../../lib/words';
import { mapLiveSignups } from './data/signups';
import { detailPage } from './data/mapper';

const DAY_MS = 86_400_000;
/** Each event is a transaction writing a message per seat: a batch fits well inside one tick's budget. */
const BATCH = 50;

/**
 * Tick job: a reminder to everyone with a seat, once, when the event is less than a day away. The event is claimed
 * with a conditional UPDATE first, so two ticks running at once never remind twice.
 */
export const eventRemindersJob: TickJob = {
  name: 'event-reminders',
  async run(db, _platform, now, deadline) {
    const due = await db
      .selectFrom('events')
      .select(['id', 'title', 'starts_at', 'ends_at', 'place'])
      .where('starts_at', '>', now.toISOString())
      .where('starts_at', '<=', new Date(now.getTime() + DAY_MS).toISOString())
      .where('status', '=', 'active')
      .where('reminded_at', 'is', null)
      .orderBy('starts_at')
      .limit(BATCH)
      .execute();
    let sent = 0;
    for (const e of due) {
      if (deadline.remainingMs() <= 0) break; // the rest on the next tick
      sent += await remind(db, now, e);
    }
    return sent;
  },
};

async function remind(db: Db, now: Date, e: { id: number; title: string; starts_at: string; ends_at: string; place: string }): Promise<number> {
  return inTransaction(db, async (trx) => {
    const claim = await trx.updateTable('events').set({ reminded_at: now.toISOString() }).where('id', '=', e.id).where('reminded_at', 'is', null).executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) return 0;
    return mapLiveSignups(
      trx,
      e.id,
      (userId) =>
        notify(trx, now, {
          userId,
          kind: 'event.reminder',
          title: '活动提醒',
          body: `「${e.title}」将于${formatSpan(new Date(e.starts_at), new Date(e.ends_at))}在${e.place}举行，请准时参加；签到码在活动当天的详情页。`,
          page: detailPage(e.id),
          facts: { subject: e.title, time: e.starts_at, place: e.place, status: '即将开始' },
        }),
      ['confirmed'],
    );
  });
}
