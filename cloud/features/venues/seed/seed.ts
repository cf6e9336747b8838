import type { Db } from '../../../db/tx';
import { DEMO_COMMUNITY } from '../../../core/places';
import { addDays, eachDay, iso, isoWeekday, localDate, toInstant } from '../../../lib/time';
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

  await seedGroups(db, now, community.id, venues, person);
}

/**
 * Resident groups from the report's places (its 社会组织孵化器 fosters groups for 矛盾调解 and 文艺演出): a choir of
 * the compound's station, a painting and calligraphy club and a mediation studio, each with its contact, rooms and
 * weekly quota; the choir already holds Tuesday evenings in the 文体活动室, approved.
 */
async function seedGroups(db: Db, now: Date, communityId: number, venues: VenueRow[], person: (openid: string) => { id: number; name: string; phone: string | null }) {
  const [hall, studio, artRoom, meetingRoom] = venues;
  const at = iso(now);
  const group = async (name: string, kind: 'team' | 'club' | 'org', contact: string, rooms: VenueRow[], weeklyMinutes: number) => {
    const res = await db.insertInto('venue_groups').values({ community_id: communityId, name, kind, contact_user_id: person(contact).id, weekly_minutes: weeklyMinutes, active: 1, lock_version: 0, created_at: at, updated_at: at }).executeTakeFirstOrThrow();
    const id = Number(res.insertId);
    await db.insertInto('venue_group_rooms').values(rooms.map((r) => ({ group_id: id, venue_id: r.id }))).execute();
    return id;
  };
  const choir = await group('夕阳红合唱队', 'team', 'demo-resident', [studio, hall], 240);
  await group('墨香书画社', 'club', 'demo-resident-2', [artRoom], 180);
  await group('和事佬调解工作室', 'org', 'demo-resident-2', [meetingRoom], 120);

  const today = localDate(now);
  const tuesday = eachDay(addDays(today, 1), addDays(today, 7)).find((d) => isoWeekday(d) === 2)!;
  const range = { start: h(19, 30), end: h(21, 30) };
  const weeks = Array.from({ length: 8 }, (_, k) => addDays(tuesday, 7 * k)).filter((d) => {
    const hours = hoursOfDay(scheduleOf(studio).weekly, d, dayInfo(d));
    return hours.intervals.some(([s, e]) => range.start >= s && range.end <= e);
  });
  const free: string[] = [];
  for (const d of weeks) if (!(await findOverlap(db, studio.id, d, range.start, range.end))) free.push(d);
  if (free.length === 0) return;
  const staff = person('demo-staff');
  const res = await db
    .insertInto('venue_series')
    .values({ group_id: choir, venue_id: studio.id, status: 'confirmed', first_date: free[0], last_date: free[free.length - 1], start_min: range.start, end_min: range.end, purpose: '合唱排练', headcount: 30, skipped: '[]', created_by: person('demo-resident').id, review_note: '', reviewed_by: staff.id, created_at: at, updated_at: at })
    .executeTakeFirstOrThrow();
  const seriesId = Number(res.insertId);
  for (const d of free) {
    await insertClaim(db, { actorId: person('demo-resident').id, at: now }, studio, { kind: 'booking', status: 'confirmed', date: d, ...range, userId: null, personName: '夕阳红合唱队', personPhone: person('demo-resident').phone ?? '', purpose: '合唱排练', headcount: 30, reason: '夕阳红合唱队', seriesId });
  }
}
