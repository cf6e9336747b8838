/**
 * venue-usage: venues.usage (场所利用率) over a city, in-process through the router (caller lookup included):
 * 236 communities in 59 streets of 9 districts, 3 rooms each open 错时, a year of bookings (about a million rows, the
 * official holidays and 调休 applied as residents would have met them), loaded into a fresh database — SQLite (a temp
 * file), and MariaDB/MySQL too when MYSQL_URL names a server (bench/support/load-rows.ts, bench/support/dialects.ts).
 * Calls by a worker (their community), and by an admin (a street, a district), each for a random month.
 * Target: p95 ≤ 150 ms for a district, the largest roll-up, on each dialect.
 */
import fs from 'node:fs';
import { dayInfo } from '../cloud/features/venues/domain/calendar';
import { gridSlots, hoursOfDay } from '../cloud/features/venues/domain/hours';
import { eachDay, toInstant } from '../cloud/lib/time';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch } from '../cloud/router/router';
import { createRuntime } from '../cloud/runtime';
import type { WeeklyHours } from '../types/venues/models';
import { createTestDatabase } from '../test/support/databases';
import { benchDialects, dialectLabel, random, type Dialect } from './support/dialects';
import { loadRows, type Row } from './support/load-rows';
import { latencySummary, percentile } from './support/stats';

export const name = 'venue-usage';
export const description = 'venues.usage over 236 communities × 3 rooms and a year of bookings (SQLite, and MariaDB/MySQL with MYSQL_URL; in-process): p50/p95 by level';

const DISTRICTS = 9;
const STREETS = 59;
const COMMUNITIES = 236;
const ROOMS_PER_COMMUNITY = 3;
const YEAR = 2026;
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const TARGET_P95_MS = 150;
const evening: [number, number][] = [[18 * 60, 21 * 60]];
const allDay: [number, number][] = [[9 * 60, 21 * 60]];
const WEEKLY: WeeklyHours = [evening, evening, evening, evening, evening, allDay, allDay];

export async function run(): Promise<void> {
  const over: string[] = [];
  for (const dialect of benchDialects()) {
    const p95 = await measure(dialect);
    if (p95 > TARGET_P95_MS) over.push(`${dialectLabel(dialect)} ${p95.toFixed(1)} ms`);
  }
  if (over.length > 0) throw new Error(`venue-usage district p95 over the ${TARGET_P95_MS} ms target: ${over.join(', ')}`);
}

/** Builds the city on a fresh database of the dialect and times the calls; returns the district roll-up's p95. */
async function measure(dialect: Dialect): Promise<number> {
  console.log(`\n${dialectLabel(dialect)}:`);
  const database = await createTestDatabase(dialect);
  try {
    const clock = new ManualClock(`${YEAR}-12-31T02:00:00.000Z`);
    const platform = createLocalPlatform({ clock, dataDir: `${database.url}.files`, log: silentLogger });
    await (await createRuntime({ databaseUrl: database.url, platform, seedDemo: false })).db.destroy();
    const t = performance.now();
    const counted = { bookings: 0 };
    await loadRows(database.url, city(counted));
    console.log(
      `  data: ${COMMUNITIES} communities · ${COMMUNITIES * ROOMS_PER_COMMUNITY} rooms · ${counted.bookings.toLocaleString()} bookings, reservations and holds in ${YEAR} ` +
        `(seeded in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );

    const rt = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false });
    const rng = random(7);
    const month = () => `${YEAR}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}`;
    const pick = (n: number) => 1 + Math.floor(rng() * n);
    const calls = {
      community: () => {
        const c = pick(COMMUNITIES);
        return dispatch(rt, { action: 'venues.usage', payload: { level: 'community', placeId: c, month: month() } }, { devOpenId: `w${c}` });
      },
      street: () => dispatch(rt, { action: 'venues.usage', payload: { level: 'street', placeId: pick(STREETS), month: month() } }, { devOpenId: 'admin' }),
      district: () => dispatch(rt, { action: 'venues.usage', payload: { level: 'district', placeId: pick(DISTRICTS), month: month() } }, { devOpenId: 'admin' }),
    };
    let districtP95 = 0;
    for (const [level, call] of Object.entries(calls)) {
      for (let i = 0; i < 20; i++) await call(); // warm up
      const samples: number[] = [];
      let rooms = 0;
      for (let i = 0; i < CALLS; i++) {
        const start = performance.now();
        const res = await call();
        samples.push(performance.now() - start);
        if (!res.ok) throw new Error(`venues.usage failed: ${res.error.message}`);
        rooms += (res.data as { rooms: unknown[] }).rooms.length;
      }
      console.log(`  venues.usage ${level} × ${CALLS} (${(rooms / CALLS).toFixed(0)} rooms a call): ${latencySummary(samples)}`);
      if (level === 'district') districtP95 = percentile([...samples].sort((a, b) => a - b), 95);
    }
    const csv = [] as number[];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await dispatch(rt, { action: 'venues.usage', payload: { level: 'district', placeId: pick(DISTRICTS), month: month(), csv: true } }, { devOpenId: 'admin' });
      csv.push(performance.now() - start);
    }
    console.log(`  venues.usage district with CSV × 50: ${latencySummary(csv)}`);
    console.log(`  (target: district p95 ≤ ${TARGET_P95_MS} ms)`);
    await rt.db.destroy();
    return districtP95;
  } finally {
    if (process.env.KEEP_BENCH_DB && dialect === 'sqlite') fs.copyFileSync(database.url, process.env.KEEP_BENCH_DB);
    await database.drop();
  }
}

const USER_COLUMNS = ['id', 'openid', 'role', 'name', 'phone', 'address', 'community_id', 'created_at', 'updated_at'] as const;
const VENUE_COLUMNS = [
  'id', 'community_id', 'street_wide', 'street_id', 'name', 'kind', 'address', 'description', 'capacity', 'facilities', 'photos', 'weekly',
  'slot_minutes', 'slot_offset', 'requires_approval', 'booking_window_days', 'min_notice_minutes', 'max_slots_per_booking', 'max_upcoming_per_resident',
  'max_minutes_per_week', 'cancel_deadline_minutes', 'checkin_window_minutes', 'active', 'lock_version', 'created_at', 'updated_at',
] as const;
const BOOKING_COLUMNS = [
  'venue_id', 'kind', 'status', 'date', 'start_min', 'end_min', 'hold_end_min', 'starts_at', 'ends_at', 'user_id', 'created_by',
  'person_name', 'person_phone', 'purpose', 'headcount', 'reason', 'event_id', 'review_note', 'reviewed_by', 'checked_in_at', 'created_at', 'updated_at',
] as const;

/**
 * Places, one worker per community and an admin, rooms, and a year of bookings in the rooms' real open slots: the same
 * rows on every run and every dialect. `counted.bookings` is their number once the rows are all taken.
 */
function* city(counted: { bookings: number }): Generator<Row> {
  const rng = random(42);
  const at = `${YEAR}-01-01T00:00:00.000Z`;
  for (let d = 1; d <= DISTRICTS; d++) yield { table: 'districts', columns: ['id', 'name'], values: [d, `旗区${d}`] };
  for (let s = 1; s <= STREETS; s++) yield { table: 'streets', columns: ['id', 'district_id', 'name'], values: [s, 1 + ((s - 1) % DISTRICTS), `街道${s}`] };
  const streetOf = (c: number) => 1 + ((c - 1) % STREETS);
  for (let c = 1; c <= COMMUNITIES; c++) yield { table: 'communities', columns: ['id', 'street_id', 'name', 'address'], values: [c, streetOf(c), `社区${c}`, ''] };

  yield { table: 'users', columns: USER_COLUMNS, values: [1, 'admin', 'admin', '管理员', '', '', null, at, at] };
  for (let c = 1; c <= COMMUNITIES; c++) {
    yield { table: 'users', columns: USER_COLUMNS, values: [1 + c, `w${c}`, 'worker', `社工${c}`, '', '', c, at, at] };
    yield { table: 'staff_communities', columns: ['user_id', 'community_id'], values: [1 + c, c] };
  }

  const days = eachDay(`${YEAR}-01-01`, `${YEAR}-12-31`).map((date) => ({ date, slots: gridSlots(hoursOfDay(WEEKLY, date, dayInfo(date)).intervals, 60, 0) }));
  let id = 0;
  for (let c = 1; c <= COMMUNITIES; c++) {
    for (let r = 0; r < ROOMS_PER_COMMUNITY; r++) {
      id += 1;
      // prettier-ignore
      yield {
        table: 'venues',
        columns: VENUE_COLUMNS,
        values: [id, c, 0, streetOf(c), `活动室${r + 1}`, 'station', '', '', 30, '[]', '[]', JSON.stringify(WEEKLY), 60, 0, 0, 7, 0, 3, 3, 360, 60, 15, 1, 0, at, at],
      };
      for (const { date, slots } of days) {
        for (const s of slots) {
          const x = rng();
          if (x > 0.45) continue;
          const [kind, status] =
            x < 0.04 ? ['reserved', 'confirmed'] : x < 0.3 ? ['booking', 'checked_in'] : x < 0.35 ? ['booking', 'no_show'] : x < 0.4 ? ['booking', 'confirmed'] : ['booking', 'cancelled'];
          const starts = toInstant(date, s.start).toISOString();
          // prettier-ignore
          yield {
            table: 'venue_bookings',
            columns: BOOKING_COLUMNS,
            values: [id, kind, status, date, s.start, s.end, s.end, starts, toInstant(date, s.end).toISOString(), null, 1, '', '', '', 5, '', null, '', null, status === 'checked_in' ? starts : null, at, at],
          };
          counted.bookings += 1;
        }
      }
    }
  }
}
