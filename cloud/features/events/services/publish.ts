import type { ActionParsed } from '../../../../types';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { assertStaffOf } from '../../../core/scope';
import { checkTexts } from '../../../core/text-check';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { localDate } from '../../../lib/time';
import { formatLocal, formatSpan } from '../../../lib/words';
import { holdVenueForEvent, releaseVenueForEvent } from '../../venues/seam';
import { draftProblem, draftTimes } from '../domain/draft-rules';
import { expandWeekly, moveToDate, recurrenceProblem, type OccurrenceTimes } from '../domain/recurrence';
import { lockOccurrences, requireManagedEvent, type EventRow } from '../data/events';
import { detailPage } from '../data/mapper';
import { mapLiveSignups } from '../data/signups';
import { promoteWaitlist } from './waitlist';

/** A worker publishes an event (one, or a weekly series) and edits it; what they write passes the content check. */

/** The fields a worker sets on an event, as the contract parsed them (create and update share them). */
type EventFields = Omit<ActionParsed<'events.create'>, 'communityId' | 'recurrence'>;

/**
 * events.create (idempotent): one event, or a weekly series expanded into its occurrences, each holding its venue's
 * slots when it has a venue. A series' sign-ups all open now unless a window is given, which then moves with each date.
 */
export async function createEvents(db: Db, ctx: Ctx, input: ActionParsed<'events.create'>): Promise<{ eventIds: number[]; seriesId: number | null }> {
  assertStaffOf(ctx, input.communityId);
  const community = await db.selectFrom('communities').select(['id', 'street_id']).where('id', '=', input.communityId).executeTakeFirst();
  if (!community) throw notFound('社区不存在', 'communityId');
  const base = draftTimes(input, ctx.now);
  const problem = draftProblem({ ...base, capacity: input.capacity }, ctx.now);
  if (problem) throw invalid(problem.message, problem.field);
  const firstDate = localDate(base.startsAt);
  if (input.recurrence) {
    const rp = recurrenceProblem(firstDate, input.recurrence);
    if (rp) throw invalid(rp.message, rp.field);
  }
  const dates = input.recurrence ? expandWeekly(firstDate, input.recurrence) : [firstDate];
  await assertCover(ctx, input.cover);
  await checkEventTexts(ctx, input);

  return inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    let seriesId: number | null = null;
    if (input.recurrence) {
      const res = await trx
        .insertInto('event_series')
        .values({
          community_id: community.id,
          weekdays: [...new Set(input.recurrence.weekdays)].sort().join(','),
          until_date: input.recurrence.until,
          created_by: ctx.caller.id,
          created_at: at,
        })
        .executeTakeFirstOrThrow();
      seriesId = Number(res.insertId);
    }
    const eventIds: number[] = [];
    for (const date of dates) {
      const moved = moveToDate(base, firstDate, date);
      const times = input.signupOpensAt ? moved : { ...moved, signupOpensAt: ctx.now };
      const values = rowValues(input, times, ctx.now);
      const res = await trx
        .insertInto('events')
        .values({
          ...values,
          community_id: community.id,
          street_id: community.street_id,
          series_id: seriesId,
          taken: 0,
          waiting: 0,
          seq: 0,
          lock_version: 0,
          status: 'active',
          cancel_reason: null,
          reminded_at: null,
          created_by: ctx.caller.id,
          created_at: at,
        })
        .executeTakeFirstOrThrow();
      const eventId = Number(res.insertId);
      eventIds.push(eventId);
      if (values.venue_id !== null) {
        await holdVenueForEvent(trx, ctx, { eventId, venueId: values.venue_id, startsAt: times.startsAt, endsAt: times.endsAt, title: input.title });
      }
      await audit(trx, { entity: 'event', entityId: eventId, action: 'create', from: null, to: 'active', actorId: ctx.caller.id, communityId: community.id, at: ctx.now });
    }
    return { eventIds, seriesId };
  });
}

/**
 * events.update: edit one occurrence, or this and every later one of its series (each keeps its own date and takes
 * the edited clock times, window gaps and content). Capacity may not drop below the seats already taken; more seats
 * promote the waitlist; a new time or place is sent to everyone signed up.
 */
export async function updateEvents(db: Db, ctx: Ctx, input: ActionParsed<'events.update'>): Promise<{ eventIds: number[] }> {
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
      facts: { subject: title, time: times.startsAt.toISOString(), place, status: '时间地点变更' },
    }),
  );
}

/** What a worker writes on an event is read by every resident who opens it: it passes the content check first. */
async function checkEventTexts(ctx: Ctx, f: EventFields): Promise<void> {
  await checkTexts(ctx, { title: ['活动名称', f.title], description: ['活动介绍', f.description], organizer: ['主办方', f.organizer], place: ['活动地点', f.place] });
}

/** A cover must be a file this app stored (uploaded beforehand). */
async function assertCover(ctx: Ctx, cover: string | null | undefined, current: string | null = null): Promise<void> {
  if (!cover || cover === current) return;
  if (!(await ctx.platform.storage.exists(cover))) throw invalid('封面图片不存在，请重新上传', 'cover');
}

/** Column values of one occurrence. */
function rowValues(f: EventFields, t: OccurrenceTimes, at: Date) {
  return {
    title: f.title,
    category: f.category,
    description: f.description,
    cover: f.cover ?? null,
    organizer: f.organizer,
    venue_id: f.venueId ?? null,
    place: f.place,
    audience: f.audience,
    capacity: f.capacity,
    party_limit: f.partyLimit,
    starts_at: t.startsAt.toISOString(),
    ends_at: t.endsAt.toISOString(),
    start_date: localDate(t.startsAt),
    signup_opens_at: t.signupOpensAt.toISOString(),
    signup_closes_at: t.signupClosesAt.toISOString(),
    cancel_deadline: t.cancelDeadline.toISOString(),
    updated_at: at.toISOString(),
  };
}
