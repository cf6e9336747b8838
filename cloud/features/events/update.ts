import type { EventUpdate } from '../../../types/events';
import { audit } from '../../db/audit';
import { notify } from '../../db/outbox';
import { inTransaction, type Db } from '../../db/tx';
import { localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { conflict, invalid } from '../../core/errors';
import { holdVenueForEvent, releaseVenueForEvent } from '../venues/seam';
import { requireManagedEvent } from './access';
import { draftProblem } from './domain/draft-rules';
import { moveToDate, type OccurrenceTimes } from './domain/recurrence';
import { assertCover, checkEventTexts, draftTimes, rowValues } from './draft';
import { formatLocal, formatSpan } from '../../lib/words';
import { mapLiveSignups } from './data/signups';
import { detailPage, promoteWaitlist } from './services/waitlist';
import type { EventRow } from './data/events';
import { lockOccurrences } from './series';

/**
 * events.update: edit one occurrence, or this and every later one of its series (each keeps its own date and takes
 * the edited clock times, window gaps and content). Capacity may not drop below the seats already taken; more seats
 * promote the waitlist; a new time or place is sent to everyone signed up.
 */
export async function updateEvents(db: Db, ctx: Ctx, input: EventUpdate): Promise<{ eventIds: number[] }> {
  const e = await requireManagedEvent(db, ctx, input.id, 'id');
  if (e.status === 'cancelled') throw conflict('活动已取消，不能修改');
  if (ctx.now.getTime() >= Date.parse(e.starts_at)) throw conflict('活动已开始，不能修改');
  await assertCover(ctx, input.cover, e.cover);
  await checkEventTexts(ctx, input);
  const edited = draftTimes(input, new Date(e.signup_opens_at));
  const editedDate = localDate(edited.startsAt);

  return inTransaction(db, async (trx) => {
    const targets = await lockOccurrences(trx, e, input.scope);
    const eventIds: number[] = [];
    for (const t of targets) {
      if (t.status === 'cancelled') throw conflict('活动已取消，不能修改');
      const times = t.id === e.id ? edited : followSeries(edited, editedDate, t);
      const problem = draftProblem({ ...times, capacity: input.capacity }, ctx.now, t.taken);
      if (problem) throw invalid(t.id === e.id ? problem.message : `${formatLocal(new Date(t.starts_at))}那场：${problem.message}`, problem.field);
      const values = rowValues(input, times, ctx.now);
      const moved = values.starts_at !== t.starts_at || values.ends_at !== t.ends_at;
      await trx
        .updateTable('events')
        .set({ ...values, ...(moved && { reminded_at: null }) })
        .where('id', '=', t.id)
        .execute();
      // The hold shows the event's title (社区保留), so a new title re-holds too.
      if (moved || values.venue_id !== t.venue_id || values.title !== t.title) await rehold(trx, ctx, t, values.venue_id, times, input.title);
      await audit(trx, { entity: 'event', entityId: t.id, action: 'update', from: 'active', to: 'active', actorId: ctx.caller.id, communityId: t.community_id, at: ctx.now });
      if (moved || values.place !== t.place) await tellParticipants(trx, ctx, t, input.title, times, values.place);
      await promoteWaitlist(trx, ctx, t.id);
      eventIds.push(t.id);
    }
    return { eventIds };
  });
}

/** A later occurrence keeps its own date and takes the edited clock times; its sign-up never closes again once open. */
function followSeries(edited: OccurrenceTimes, editedDate: string, t: EventRow): OccurrenceTimes {
  const moved = moveToDate(edited, editedDate, t.start_date);
  const opens = Math.min(moved.signupOpensAt.getTime(), Date.parse(t.signup_opens_at));
  return { ...moved, signupOpensAt: new Date(opens) };
}

async function rehold(trx: Db, ctx: Ctx, t: EventRow, venueId: number | null, times: OccurrenceTimes, title: string): Promise<void> {
  if (t.venue_id !== null) await releaseVenueForEvent(trx, ctx, t.id);
  if (venueId !== null) await holdVenueForEvent(trx, ctx, { eventId: t.id, venueId, startsAt: times.startsAt, endsAt: times.endsAt, title });
}

async function tellParticipants(trx: Db, ctx: Ctx, t: EventRow, title: string, times: OccurrenceTimes, place: string): Promise<void> {
  await mapLiveSignups(trx, t.id, (userId) =>
    notify(trx, ctx.now, {
      userId,
      kind: 'event.changed',
      title: '活动时间地点变更',
      body: `「${title}」改为 ${formatSpan(times.startsAt, times.endsAt)}，地点：${place}。`,
      page: detailPage(t.id),
    }),
  );
}
