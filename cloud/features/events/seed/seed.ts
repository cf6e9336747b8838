import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { holdVenueForEvent } from '../../venues/seam';
import { addDays, eachDay, isoWeekday, localDate, localMinutes, toInstant } from '../../../lib/time';
import { monthDays } from '../domain/calendar-days';
import { expandWeekly } from '../domain/recurrence';
import { DEMO_EVENTS, NEIGHBOURS, type DemoEvent, type DemoSignup } from './data';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HOME = '达尔罕社区';

/** Demo seeder: neighbours of the demo community and the events of data.ts, counters kept equal to the rows. */
export async function seedDemoEvents(db: Db, now: Date): Promise<void> {
  const at = now.toISOString();
  const home = await db.selectFrom('communities').select('id').where('name', '=', HOME).executeTakeFirstOrThrow();
  for (const p of NEIGHBOURS) {
    await db
      .insertInto('users')
      .values({ ...p, role: 'resident', address: '达尔罕小区', community_id: home.id, created_at: at, updated_at: at })
      .execute();
  }
  const users = new Map((await db.selectFrom('users').select(['id', 'openid']).execute()).map((u) => [u.openid, u.id]));
  const staffId = users.get('demo-staff')!;

  for (const demo of DEMO_EVENTS) {
    const community = await db
      .selectFrom('communities')
      .select(['id', 'street_id'])
      .where('name', '=', demo.community ?? HOME)
      .executeTakeFirstOrThrow();
    const { date, from, to, onFestival } = placeInTime(demo, now);
    const dates = demo.weekly ? seriesDates(date, demo.weekly) : [date];
    const seriesId = demo.weekly
      ? Number(
          (
            await db
              .insertInto('event_series')
              .values({ community_id: community.id, weekdays: demo.weekly.weekdays.join(','), until_date: dates[dates.length - 1], created_by: staffId, created_at: at })
              .executeTakeFirstOrThrow()
          ).insertId,
        )
      : null;
    for (const d of dates) {
      const startsAt = toInstant(d, from);
      const endsAt = toInstant(d, to);
      const opens = demo.opensInDays ? toInstant(addDays(localDate(now), demo.opensInDays), 9 * 60) : new Date(Math.min(now.getTime(), startsAt.getTime() - 14 * DAY_MS));
      const res = await db
        .insertInto('events')
        .values({
          community_id: community.id,
          street_id: community.street_id,
          audience: demo.audience ?? 'community',
          series_id: seriesId,
          title: (onFestival && demo.festivalTitle) || demo.title,
          category: demo.category,
          description: demo.description,
          cover: null,
          organizer: demo.organizer,
          venue_id: null,
          place: demo.place,
          starts_at: startsAt.toISOString(),
          ends_at: endsAt.toISOString(),
          start_date: d,
          capacity: demo.capacity,
          taken: 0,
          waiting: 0,
          seq: 0,
          lock_version: 0,
          party_limit: demo.partyLimit ?? 1,
          signup_opens_at: opens.toISOString(),
          signup_closes_at: startsAt.toISOString(),
          cancel_deadline: new Date(startsAt.getTime() - 2 * HOUR_MS).toISOString(),
          status: demo.cancelled ? 'cancelled' : 'active',
          cancel_reason: demo.cancelled ?? null,
          reminded_at: null,
          created_by: staffId,
          created_at: new Date(Math.min(now.getTime(), opens.getTime())).toISOString(),
          updated_at: at,
        })
        .executeTakeFirstOrThrow();
      if (demo.venue) await holdSeededVenue(db, { eventId: Number(res.insertId), venue: demo.venue, startsAt, endsAt, title: demo.title, staffId, communityId: home.id, now });
      const ended = endsAt.getTime() <= now.getTime();
      await seedSignups(db, Number(res.insertId), demo.signups ?? [], users, { opens, endsAt, ended, now });
    }
  }
}

/** Holds a seeded room for a demo event as the demo worker would; a clash with seeded bookings leaves it unheld. */
async function holdSeededVenue(
  db: Db,
  h: { eventId: number; venue: string; startsAt: Date; endsAt: Date; title: string; staffId: number; communityId: number; now: Date },
): Promise<void> {
  const venue = await db.selectFrom('venues').select('id').where('name', '=', h.venue).executeTakeFirst();
  if (!venue) return;
  // Seeding has no request: the hold only reads the caller and the clock from the context.
  const ctx = { caller: { id: h.staffId, openid: 'demo-staff', role: 'worker', communityId: h.communityId, streetId: null, staffCommunityIds: [h.communityId] }, now: h.now } as Ctx;
  try {
    await holdVenueForEvent(db, ctx, { eventId: h.eventId, venueId: venue.id, startsAt: h.startsAt, endsAt: h.endsAt, title: h.title });
    await db.updateTable('events').set({ venue_id: venue.id }).where('id', '=', h.eventId).execute();
  } catch {
    // the room is taken at that time in this run's demo data: the event keeps its free-text place
  }
}

/** The local date and clock times of a demo event. 'soon' is four hours after the next full hour, today if it fits. */
function placeInTime(demo: DemoEvent, now: Date): { date: string; from: number; to: number; onFestival?: boolean } {
  const today = localDate(now);
  if (demo.day === 'soon') {
    const start = (Math.floor(localMinutes(now) / 60) + 5) * 60;
    const duration = demo.to - demo.from;
    return start + duration <= 21 * 60 ? { date: today, from: start, to: start + duration } : { date: addDays(today, 1), from: 10 * 60, to: 10 * 60 + duration };
  }
  if (demo.day === 'chongyang') {
    const festival = monthDays(today.slice(0, 7)).find((d) => d.festival === '重阳节' && d.date > today);
    return { date: festival?.date ?? addDays(today, 3), from: demo.from, to: demo.to, onFestival: Boolean(festival) };
  }
  return { date: addDays(today, demo.day), from: demo.from, to: demo.to };
}

function seriesDates(from: string, weekly: { weekdays: number[]; weeks: number }): string[] {
  const first = eachDay(from, addDays(from, 6)).find((d) => weekly.weekdays.includes(isoWeekday(d))) ?? from;
  return expandWeekly(first, { weekdays: weekly.weekdays, until: addDays(from, weekly.weeks * 7) });
}

async function seedSignups(
  db: Db,
  eventId: number,
  signups: DemoSignup[],
  users: Map<string, number>,
  t: { opens: Date; endsAt: Date; ended: boolean; now: Date },
): Promise<void> {
  let taken = 0;
  let waiting = 0;
  for (const [i, s] of signups.entries()) {
    const created = new Date(Math.min(t.now.getTime(), t.opens.getTime() + (i + 1) * 37 * 60_000)).toISOString();
    const party = s.party ?? 1;
    if (s.waitlisted) waiting += 1;
    else taken += party;
    const checkedIn = !s.waitlisted && (s.checkedIn ?? t.ended);
    await db
      .insertInto('event_signups')
      .values({
        event_id: eventId,
        user_id: users.get(s.who)!,
        party_size: party,
        status: s.waitlisted ? 'waitlisted' : 'confirmed',
        seq: i + 1,
        checked_in_at: checkedIn ? new Date(t.endsAt.getTime() - HOUR_MS).toISOString() : null,
        rating: s.rating?.[0] ?? null,
        rating_comment: s.rating?.[1] || null,
        rated_at: s.rating ? new Date(t.endsAt.getTime() + HOUR_MS).toISOString() : null,
        created_at: created,
        updated_at: created,
      })
      .execute();
  }
  await db.updateTable('events').set({ taken, waiting, seq: signups.length }).where('id', '=', eventId).execute();
}
