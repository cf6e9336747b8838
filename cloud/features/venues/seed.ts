import { DEFAULT_VENUE_RULES, type ActionInput, type Interval } from '../../../types';
import type { Db } from '../../db/tx';
import { DEMO_COMMUNITY } from '../../core/places';
import { addDays, eachDay, iso, localDate, toInstant } from '../../lib/time';
import { dayInfo } from './calendar';
import { insertClaim, type NewClaim } from './claims';
import { gridSlots, hoursOfDay } from './domain/hours';
import { findOverlap } from './range-lock';
import { scheduleOf, venueValues, type VenueRow } from './venue-mapper';

type VenueInput = Omit<ActionInput<'venues.upsert'>, 'communityId'>;
const h = (hour: number, minute = 0) => hour * 60 + minute;
const week = (weekday: Interval[], weekend: Interval[]) => [weekday, weekday, weekday, weekday, weekday, weekend, weekend];
const RULES = DEFAULT_VENUE_RULES;

/**
 * The "1+N" layout of the Ordos report around 达尔罕社区: the street's 党群服务中心 (shared by every community of
 * 哈巴格希街道, booked with approval), a 居民活动服务站 in the high-occupancy compound with two rooms staggered against
 * each other (one on the half hour, one on the hour), and a 居民议事活动室 for the single-building area — all open
 * 错时: weekday evenings and weekends, when the offices are closed.
 */
const VENUES: VenueInput[] = [
  {
    name: '党群服务中心多功能厅',
    kind: 'center',
    streetWide: true,
    address: '哈巴格希街道党群服务中心二楼',
    description: '街道党群服务中心的多功能厅，面向辖区各社区党组织和居民群众开放，可承办宣讲、文艺排练、议事协商等活动。需社区审核。',
    capacity: 120,
    facilities: ['投影', '音响', '话筒', 'LED屏', '舞台'],
    photos: [],
    weekly: week([[h(18), h(21)]], [[h(9), h(12)], [h(14), h(21)]]),
    slotMinutes: 60,
    slotOffset: 0,
    rules: { ...RULES, requiresApproval: true, bookingWindowDays: 14, maxSlotsPerBooking: 3 },
    active: true,
  },
  {
    name: '文体活动室',
    kind: 'station',
    streetWide: false,
    address: '达尔罕小区居民活动服务站一层',
    description: '小区居民活动服务站的文体活动室，适合合唱、舞蹈、器乐排练。工作日晚间与周末全天错时开放。',
    capacity: 40,
    facilities: ['钢琴', '音响', '镜面墙', '空调'],
    photos: [],
    weekly: week([[h(17, 30), h(21, 30)]], [[h(8, 30), h(21, 30)]]),
    slotMinutes: 60,
    slotOffset: 30,
    rules: { ...RULES, maxSlotsPerBooking: 2 },
    active: true,
  },
  {
    name: '书画棋牌室',
    kind: 'station',
    streetWide: false,
    address: '达尔罕小区居民活动服务站二层',
    description: '书法、绘画、象棋、围棋兴趣小组的活动场所，与文体活动室错开半小时开放。',
    capacity: 20,
    facilities: ['书画桌', '棋牌桌', '茶水'],
    photos: [],
    weekly: week([[h(18), h(21)]], [[h(9), h(21)]]),
    slotMinutes: 60,
    slotOffset: 0,
    rules: RULES,
    active: true,
  },
  {
    name: '居民议事活动室',
    kind: 'room',
    streetWide: false,
    address: '达尔罕社区7号单体楼一层',
    description: '单体楼集中片区的居民议事活动室，用于楼栋议事、调解和小型学习会。',
    capacity: 15,
    facilities: ['投影', '白板', '茶水'],
    photos: [],
    weekly: week([[h(19), h(21)]], [[h(9), h(12)], [h(14), h(17)]]),
    slotMinutes: 30,
    slotOffset: 0,
    rules: { ...RULES, maxSlotsPerBooking: 4 },
    active: true,
  },
];

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
