import type { Ctx } from '../../core/context';
import type { Db } from '../../db/tx';
import { inTransaction } from '../../db/tx';
import { iso } from '../../lib/time';
import { lockEvent } from './data/events';
import { LIVE, findSignup } from './data/signups';
import { releaseSignup } from './services/waitlist';

/**
 * What other features may ask of events. Account deletion (the privacy feature): the person's live sign-ups of
 * events that have not ended are given back as an ordinary cancellation does — seats move the waitlist up, and each
 * change is audited — and their rating comments and the reasons they were taken off a list are removed (the scores
 * stay, so the figures keep their counts).
 * One transaction; events are locked in id order, as two deletions may share events.
 */
export async function forgetAttendee(db: Db, ctx: Ctx, userId: number): Promise<{ cancelledSignups: number }> {
  return inTransaction(db, async (trx) => {
    // The first statement of a SQLite write transaction is a write.
    await trx
      .updateTable('event_signups')
      .set({ rating_comment: null, removed_reason: null })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('rating_comment', 'is not', null), eb('removed_reason', 'is not', null)]))
      .execute();
    const live = await trx
      .selectFrom('event_signups')
      .innerJoin('events', 'events.id', 'event_signups.event_id')
      .select(['event_signups.event_id', 'events.community_id'])
      .where('event_signups.user_id', '=', userId)
      .where('event_signups.status', 'in', LIVE)
      .where('events.ends_at', '>', iso(ctx.now))
      .orderBy('event_signups.event_id')
      .execute();
    let cancelled = 0;
    for (const s of live) {
      await lockEvent(trx, s.event_id);
      const mine = await findSignup(trx, s.event_id, userId);
      if (!mine || !LIVE.includes(mine.status as (typeof LIVE)[number])) continue;
      await releaseSignup(trx, ctx, mine, { to: 'cancelled', communityId: s.community_id, note: 'account deleted' });
      cancelled += 1;
    }
    return { cancelledSignups: cancelled };
  });
}

/** Retention (the privacy feature's job): rating comments and removal reasons of events that ended before `before` are removed, the scores stay. */
export async function stripCommentsOfEventsEndedBefore(db: Db, before: Date, limit: number): Promise<number> {
  const old = await db
    .selectFrom('event_signups')
    .innerJoin('events', 'events.id', 'event_signups.event_id')
    .select('event_signups.id')
    .where('events.ends_at', '<', iso(before))
    .where((eb) => eb.or([eb('event_signups.rating_comment', 'is not', null), eb('event_signups.removed_reason', 'is not', null)]))
    .orderBy('event_signups.id')
    .limit(limit)
    .execute();
  if (old.length === 0) return 0;
  await db.updateTable('event_signups').set({ rating_comment: null, removed_reason: null }).where('id', 'in', old.map((s) => s.id)).execute();
  return old.length;
}

/** What the 工作台 (cloud/features/workbench) reads of events: today's events and their check-ins. */
export { todayEvents } from './services/attendance';
