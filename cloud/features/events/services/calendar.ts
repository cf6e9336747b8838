import type { ActionParsed } from '../../../../types';
import type { EventDetail, EventSummary, MonthView, MyEvent, MyEvents, MySignup } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import { forbidden, notFound } from '../../../core/errors';
import { callerHome } from '../../../core/places';
import { canStaff } from '../../../core/scope';
import type { Db } from '../../../db/tx';
import { noticeFor } from '../../../lib/official-calendar';
import { localDate, monthRange } from '../../../lib/time';
import { checkinOpen } from '../domain/checkin-window';
import { eventCounts, monthDays } from '../domain/calendar-days';
import { findEventDetail, type EventDetailFound } from '../data/event-with-mine';
import { SUMMARY_COLUMNS, type SummaryRow } from '../data/events';
import { decide, toDetail, toSummary } from '../data/mapper';
import { toMyEvent, toMySignup } from '../data/mapper-signups';
import { LIVE } from '../data/signups';

/** A resident browses: the month of their community, one event, and the events they signed up for. */

/**
 * events.month: the whole month in one call. Two index range reads (the community's own events; the street-wide
 * events of its street), the caller's live sign-ups among them, and the calendar marks (cached per month).
 */
export async function monthView(db: Db, ctx: Ctx, input: ActionParsed<'events.month'>): Promise<MonthView> {
  const month = input.month ?? localDate(ctx.now).slice(0, 7);
  const communityId = input.communityId ?? ctx.caller.communityId ?? ctx.caller.staffCommunityIds[0];
  const { first, last } = monthRange(month);
  // No community yet: the month without events, so the first screen needs no other call to ask them to choose one.
  if (!communityId) return { month, today: localDate(ctx.now), community: null, days: monthDays(month).map((d) => ({ ...d, count: 0 })), notice: noticeFor([first]), events: [] };
  if (communityId !== ctx.caller.communityId && !canStaff(ctx, communityId)) throw forbidden('只能查看本社区的活动日历');
  const community = await db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'communities.street_id', 'streets.name as street_name'])
    .where('communities.id', '=', communityId)
    .executeTakeFirst();
  if (!community) throw notFound('社区不存在', 'communityId');

  const base = () =>
    db
      .selectFrom('events')
      .innerJoin('communities', 'communities.id', 'events.community_id')
      .select([...SUMMARY_COLUMNS, 'communities.name as community_name'])
      .where('events.start_date', '>=', first)
      .where('events.start_date', '<=', last);
  const [own, street] = await Promise.all([
    base().where('events.community_id', '=', community.id).execute(),
    base()
      .where('events.street_id', '=', community.street_id)
      .where('events.audience', '=', 'street')
      .where('events.community_id', '<>', community.id)
      .execute(),
  ]);
  const rows: SummaryRow[] = [...own, ...street].sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.id - b.id);

  const mine = await myLiveSignups(db, ctx.caller.id, rows.map((r) => r.id));
  const events = rows.map((r) => toSummary(r, ctx.now, mine.get(r.id) ?? null));
  const counts = eventCounts(rows.map((r) => ({ date: r.start_date, status: r.status })));

  return {
    month,
    today: localDate(ctx.now),
    community: { id: community.id, name: community.name, streetName: community.street_name },
    days: monthDays(month).map((d) => ({ ...d, count: counts.get(d.date) ?? 0 })),
    notice: noticeFor([first]),
    events,
  };
}

/** events.get: one event, with my sign-up (the check-in code on the day) and what I can do now. */
export async function getEvent(db: Db, ctx: Ctx, input: ActionParsed<'events.get'>): Promise<EventDetail> {
  // One statement for all a detail needs: the event, my sign-up, the rating and my waitlist place.
  const found = await findEventDetail(db, input.id, ctx.caller.id);
  if (!found) throw notFound('活动不存在或已被删除', 'id');
  return detailFor(ctx, found);
}

/** The detail screen from what was read — or, after a sign-up, from the event as the sign-up left it under its lock. */
export function detailFor(ctx: Ctx, { event: e, mine, rating, place }: EventDetailFound): EventDetail {
  const can = decide(ctx, callerHome(ctx), e, mine);
  let my: MySignup | null = null;
  if (mine) {
    const showCode = mine.status === 'confirmed' && e.status === 'active' && checkinOpen(new Date(e.starts_at), new Date(e.ends_at), ctx.now);
    my = toMySignup(mine, place, showCode ? ctx.checkinCodes.make('e', mine.id) : null);
  }
  return toDetail(e, ctx.now, { mine, my, can, canManage: canStaff(ctx, e.community_id) }, rating);
}

const MINE_LIMIT = 200;

/**
 * events.mine (我的活动): upcoming — not over yet, where I hold a seat or a waitlist place, or the community cancelled the
 * event or took me off it (the person looks for it where it was, and finds why); history — what is over, and what I
 * cancelled myself.
 */
export async function myEvents(db: Db, ctx: Ctx, _input: ActionParsed<'events.mine'>): Promise<MyEvents> {
  const rows = await db
    .selectFrom('event_signups')
    .innerJoin('events', 'events.id', 'event_signups.event_id')
    .innerJoin('communities', 'communities.id', 'events.community_id')
    .select([
      ...SUMMARY_COLUMNS,
      'communities.name as community_name',
      'events.cancel_reason',
      'event_signups.id as signup_id',
      'event_signups.status as signup_status',
      'event_signups.party_size',
      'event_signups.seq',
      'event_signups.checked_in_at',
      'event_signups.rated_at',
      'event_signups.removed_reason',
      // The waitlist place in the same read (not a query per row): those waiting with an arrival number up to mine.
      (eb) =>
        eb
          .selectFrom('event_signups as ahead')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('ahead.event_id', '=', 'event_signups.event_id')
          .where('ahead.status', '=', 'waitlisted')
          .whereRef('ahead.seq', '<=', 'event_signups.seq')
          .as('position'),
    ])
    .where('event_signups.user_id', '=', ctx.caller.id)
    .orderBy('events.starts_at', 'desc')
    .limit(MINE_LIMIT)
    .execute();

  const items: MyEvent[] = rows.map((r) => toMyEvent(r, ctx.now));
  const ahead = (m: MyEvent) => Date.parse(m.event.endsAt) > ctx.now.getTime();
  const isUpcoming = (m: MyEvent) => ahead(m) && m.signup.status !== 'cancelled';
  return {
    today: localDate(ctx.now),
    // Soonest first for what is ahead; most recent first for history.
    upcoming: items.filter(isUpcoming).reverse(),
    history: items.filter((m) => !isUpcoming(m)),
  };
}

async function myLiveSignups(db: Db, userId: number, eventIds: number[]): Promise<Map<number, EventSummary['mine']>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('event_signups')
    .select(['event_id', 'status'])
    .where('user_id', '=', userId)
    .where('event_id', 'in', eventIds)
    .where('status', 'in', LIVE)
    .execute();
  return new Map(rows.map((r) => [r.event_id, r.status as EventSummary['mine']]));
}
