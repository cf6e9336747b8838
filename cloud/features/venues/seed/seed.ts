import type { Db } from '../../../db/tx';
import { DEMO_COMMUNITY } from '../../../core/places';
import { addDays, eachDay, iso, localDate, toInstant } from '../../../lib/time';
import { insertClaim, type NewClaim } from '../data/bookings';
import { scheduleOf, venueValues } from '../data/mapper';
import { findOverlap } from '../data/range-lock';
import type { VenueRow } from '../data/tables';
import { dayInfo } from '../domain/calendar';
import { gridSlots, hoursOfDay } from '../domain/hours';
import { VENUES, h } from './data';

/** `count` consecutive slots of the venue on `date`, starting at the first slot at or after `from` (or the day's last). */
function slotsNear(venue: VenueRow, date: string, from: number, count: number): { start: number; end: number } | null {
  const schedule = scheduleOf(venue);
  const slots = gridSlots(hoursOfDay(schedule.weekly, date, dayInfo(date)).intervals, schedule.slotMinutes, schedule.slotOffset);
  if (slots.length < count) return null;
  let i = slots.findIndex((s) => s.start >= from);
  if (i < 0 || i + count > slots.length) i = slots.length - count;
  const run = slots.slice(i, i + count);
  const consecutive = run.every((s, k) => k === 0 || s.start === run[k - 1].end);
  return consecutive ? { start: run[0].start, end: run[run.length - 1].end } : null;
}

/** The next rest day from `from` (included): a weekend that is not a make-up workday, or a holiday. */
function nextRestDay(from: string): string {
  // A month always holds a rest day (at most seven 调休 workdays run in a row).
  const rest = eachDay(from, addDays(from, 30)).find((d) => ['weekend', 'holiday'].includes(dayInfo(d).type));
  if (!rest) throw new Error(`no rest day after ${from}`);
  return rest;
}

export async function seedVenues(db: Db, now: Date): Promise<void> {
  const community = await db.selectFrom('communities').select(['id', 'street_id']).where('name', '=', DEMO_COMMUNITY).executeTakeFirstOrThrow();
  const people = await db.selectFrom('users').select(['id', 'openid', 'name', 'phone']).execute();
  const person = (openid: string) => people.find((p) => p.openid === openid)!;
  const staff = person('demo-staff');
  const at = iso(now);
  const venues: VenueRow[] = [];
  for (const v of VENUES) {
    const res = await db.insertInto('venues').values({ ...venueValues({ ...v, communityId: community.id }, community.street_id, at), lock_version: 0, created_at: at }).executeTakeFirstOrThrow();
    venues.push(await db.selectFrom('venues').selectAll().where('id', '=', Number(res.insertId)).executeTakeFirstOrThrow());
  }
  const [hall, studio, artRoom, meetingRoom] = venues;
  const today = localDate(now);
  const weekend = nextRestDay(addDays(today, 1));

  const claim = async (venue: VenueRow, date: string, from: number, count: number, c: Omit<NewClaim, 'date' | 'start' | 'end'>) => {
    const range = slotsNear(venue, date, from, count);
    if (!range || (await findOverlap(db, venue.id, date, range.start, range.end))) return null;
    const id = await insertClaim(db, { actorId: c.userId ?? staff.id, at: now }, venue, { ...c, date, ...range });
    return { id, range };
  };
  const resident = (openid: string) => ({ userId: person(openid).id, personName: person(openid).name, personPhone: person(openid).phone });

  await claim(hall, weekend, h(9), 3, { kind: 'reserved', status: 'confirmed', userId: null, personName: staff.name, reason: '主题党日' });
  await claim(studio, addDays(weekend, 1), h(14, 30), 3, { kind: 'reserved', status: 'confirmed', userId: null, personName: staff.name, reason: '社区文艺汇演彩排' });
  await claim(hall, weekend, h(14), 2, { kind: 'booking', status: 'pending', ...resident('demo-resident'), purpose: '老年合唱团汇报演出', headcount: 60 });
  await claim(studio, addDays(today, 1), h(19, 30), 1, { kind: 'booking', status: 'confirmed', ...resident('demo-resident'), purpose: '广场舞队排练', headcount: 16 });
  await claim(artRoom, addDays(today, 1), h(18), 2, { kind: 'booking', status: 'confirmed', ...resident('demo-resident-2'), purpose: '书法兴趣小组', headcount: 8 });
  await claim(artRoom, today, h(19), 1, { kind: 'booking', status: 'confirmed', ...resident('demo-resident-2'), purpose: '象棋兴趣小组', headcount: 6 });
  await claim(meetingRoom, addDays(today, 2), h(19), 2, { kind: 'booking', status: 'confirmed', ...resident('demo-resident-2'), purpose: '7号楼加装电梯议事会', headcount: 12 });
  await claim(hall, addDays(today, 3), h(19), 2, { kind: 'booking', status: 'pending', ...resident('demo-resident-2'), purpose: '楼栋党小组学习会', headcount: 30 });

  // History for 我的预约 → 已结束: one used, one missed.
  const past = await claim(studio, addDays(today, -3), h(19, 30), 1, { kind: 'booking', status: 'checked_in', ...resident('demo-resident'), purpose: '广场舞队排练', headcount: 14 });
  if (past) await db.updateTable('venue_bookings').set({ checked_in_at: iso(new Date(toInstant(addDays(today, -3), past.range.start).getTime() - 5 * 60_000)) }).where('id', '=', past.id).execute();
  await claim(artRoom, addDays(today, -6), h(19), 1, { kind: 'booking', status: 'no_show', ...resident('demo-resident'), purpose: '象棋对弈', headcount: 4 });
}
