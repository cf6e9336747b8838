/**
 * venue-usage: venues.usage (场所利用率) over a city on SQLite, in-process through the router (caller lookup included):
 * 236 communities in 59 streets of 9 districts, 3 rooms each open 错时, a year of bookings (about a million rows, the
 * official holidays and 调休 applied as residents would have met them), written with raw prepared inserts into a temp
 * file. Calls by a worker (their community), and by an admin (a street, a district), each for a random month.
 * Target: p95 ≤ 150 ms for a district, the largest roll-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dayInfo } from '../cloud/features/venues/domain/calendar';
import { gridSlots, hoursOfDay } from '../cloud/features/venues/domain/hours';
import { eachDay, toInstant } from '../cloud/lib/time';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch } from '../cloud/router/router';
import { createRuntime } from '../cloud/runtime';
import type { WeeklyHours } from '../types/venues/models';
import { latencySummary, percentile } from './support/stats';

export const name = 'venue-usage';
export const description = 'venues.usage over 236 communities × 3 rooms and a year of bookings (SQLite, in-process): p50/p95 by level';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-'));
  const file = path.join(dir, 'city.sqlite');
  try {
    const clock = new ManualClock(`${YEAR}-12-31T02:00:00.000Z`);
    const platform = createLocalPlatform({ clock, dataDir: dir, log: silentLogger });
    await (await createRuntime({ databaseUrl: file, platform, seedDemo: false })).db.destroy();
    const t = performance.now();
    const bookings = generate(file);
    console.log(
      `data: ${COMMUNITIES} communities · ${COMMUNITIES * ROOMS_PER_COMMUNITY} rooms · ${bookings.toLocaleString()} bookings, reservations and holds in ${YEAR} ` +
        `(generated in ${((performance.now() - t) / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
    );

    const rt = await createRuntime({ databaseUrl: file, platform, seedDemo: false });
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
      console.log(`venues.usage ${level} × ${CALLS} (${(rooms / CALLS).toFixed(0)} rooms a call): ${latencySummary(samples)}`);
      if (level === 'district') districtP95 = percentile([...samples].sort((a, b) => a - b), 95);
    }
    const csv = [] as number[];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await dispatch(rt, { action: 'venues.usage', payload: { level: 'district', placeId: pick(DISTRICTS), month: month(), csv: true } }, { devOpenId: 'admin' });
      csv.push(performance.now() - start);
    }
    console.log(`venues.usage district with CSV × 50: ${latencySummary(csv)}`);
    console.log(`  (target: district p95 ≤ ${TARGET_P95_MS} ms)`);
    await rt.db.destroy();
    if (districtP95 > TARGET_P95_MS) throw new Error(`venue-usage district p95 ${districtP95.toFixed(1)} ms is over the ${TARGET_P95_MS} ms target`);
  } finally {
    if (process.env.KEEP_BENCH_DB) fs.copyFileSync(file, process.env.KEEP_BENCH_DB); fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Places, one worker per community and an admin, rooms, and a year of bookings in the rooms' real open slots. */
function generate(file: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const rng = random(42);
  const at = `${YEAR}-01-01T00:00:00.000Z`;
  let count = 0;
  raw.transaction(() => {
    const district = raw.prepare('INSERT INTO districts (id, name) VALUES (?, ?)');
    for (let d = 1; d <= DISTRICTS; d++) district.run(d, `旗区${d}`);
    const street = raw.prepare('INSERT INTO streets (id, district_id, name) VALUES (?, ?, ?)');
    for (let s = 1; s <= STREETS; s++) street.run(s, 1 + ((s - 1) % DISTRICTS), `街道${s}`);
    const community = raw.prepare('INSERT INTO communities (id, street_id, name, address) VALUES (?, ?, ?, ?)');
    const streetOf = (c: number) => 1 + ((c - 1) % STREETS);
    for (let c = 1; c <= COMMUNITIES; c++) community.run(c, streetOf(c), `社区${c}`, '');

    const user = raw.prepare("INSERT INTO users (id, openid, role, name, phone, address, community_id, created_at, updated_at) VALUES (?, ?, ?, ?, '', '', ?, ?, ?)");
    const staff = raw.prepare('INSERT INTO staff_communities (user_id, community_id) VALUES (?, ?)');
    user.run(1, 'admin', 'admin', '管理员', null, at, at);
    for (let c = 1; c <= COMMUNITIES; c++) {
      user.run(1 + c, `w${c}`, 'worker', `社工${c}`, c, at, at);
      staff.run(1 + c, c);
    }

    const venue = raw.prepare(
      `INSERT INTO venues (id, community_id, street_wide, street_id, name, kind, address, description, capacity, facilities, photos, weekly,
        slot_minutes, slot_offset, requires_approval, booking_window_days, min_notice_minutes, max_slots_per_booking, max_upcoming_per_resident,
        max_minutes_per_week, cancel_deadline_minutes, checkin_window_minutes, active, lock_version, created_at, updated_at)
       VALUES (?, ?, 0, ?, ?, 'station', '', '', 30, '[]', '[]', ?, 60, 0, 0, 7, 0, 3, 3, 360, 60, 15, 1, 0, ?, ?)`,
    );
    const booking = raw.prepare(
      `INSERT INTO venue_bookings (venue_id, kind, status, date, start_min, end_min, hold_end_min, starts_at, ends_at, user_id, created_by,
        person_name, person_phone, purpose, headcount, reason, event_id, review_note, reviewed_by, checked_in_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, '', '', '', 5, '', NULL, '', NULL, ?, ?, ?)`,
    );
    const days = eachDay(`${YEAR}-01-01`, `${YEAR}-12-31`).map((date) => ({ date, slots: gridSlots(hoursOfDay(WEEKLY, date, dayInfo(date)).intervals, 60, 0) }));
    let id = 0;
    for (let c = 1; c <= COMMUNITIES; c++) {
      for (let r = 0; r < ROOMS_PER_COMMUNITY; r++) {
        id += 1;
        venue.run(id, c, streetOf(c), `活动室${r + 1}`, JSON.stringify(WEEKLY), at, at);
        for (const { date, slots } of days) {
          for (const s of slots) {
            const x = rng();
            if (x > 0.45) continue;
            const [kind, status] =
              x < 0.04 ? ['reserved', 'confirmed'] : x < 0.3 ? ['booking', 'checked_in'] : x < 0.35 ? ['booking', 'no_show'] : x < 0.4 ? ['booking', 'confirmed'] : ['booking', 'cancelled'];
            const starts = toInstant(date, s.start).toISOString();
            booking.run(id, kind, status, date, s.start, s.end, s.end, starts, toInstant(date, s.end).toISOString(), status === 'checked_in' ? starts : null, at, at);
            count += 1;
          }
        }
      }
    }
  })();
  raw.exec('ANALYZE');
  raw.close();
  return count;
}

/** A small seeded PRNG (mulberry32), so every run builds the same city. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
