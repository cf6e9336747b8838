/**
 * calendar-month: events.month over a city-scale data set on SQLite, in-process through the router (caller lookup
 * included): 236 communities in 59 streets, ≥ 100 000 events in a year, ≥ 1 000 000 sign-ups, written with raw
 * prepared inserts into a temp file. Target: p95 ≤ 20 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch } from '../cloud/router/router';
import { createRuntime } from '../cloud/runtime';
import { percentile } from './support/stats';

export const name = 'calendar-month';
export const description = 'events.month over 236 communities, ≥ 100 000 events a year, ≥ 1 000 000 sign-ups (SQLite, in-process): p50/p95';

const STREETS = 59;
const COMMUNITIES = 236;
const EVENTS_PER_COMMUNITY = 430; // × 236 = 101 480 a year
const RESIDENTS_PER_COMMUNITY = 800;
const SIGNUPS_PER_EVENT = 10; // ≥ 1 014 800
const STREET_WIDE_SHARE = 0.1;
const YEAR = 2026;
const CALLS = 1000;
const CATEGORIES = ['party', 'culture', 'family', 'volunteer', 'lecture', 'other'];

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-bench-'));
  const file = path.join(dir, 'city.sqlite');
  try {
    const clock = new ManualClock(`${YEAR}-11-25T02:00:00.000Z`);
    const platform = createLocalPlatform({ clock, dataDir: dir, log: silentLogger });
    // Create and migrate the schema, then fill it with raw inserts while nothing else holds the file.
    await (await createRuntime({ databaseUrl: file, platform, seedDemo: false })).db.destroy();
    const t = performance.now();
    const counts = generate(file);
    console.log(
      `data: ${COMMUNITIES} communities in ${STREETS} streets · ${counts.users.toLocaleString()} residents · ${counts.events.toLocaleString()} events in ${YEAR} · ` +
        `${counts.signups.toLocaleString()} sign-ups (generated in ${((performance.now() - t) / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
    );

    const rt = await createRuntime({ databaseUrl: file, platform, seedDemo: false });
    await printPlans(rt.db);
    const rng = random(7);
    const call = (month: string) =>
      dispatch(rt, { action: 'events.month', payload: { month } }, { devOpenId: `c${1 + Math.floor(rng() * COMMUNITIES)}-r${1 + Math.floor(rng() * RESIDENTS_PER_COMMUNITY)}` });
    const monthOf = () => `${YEAR}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}`;
    for (let i = 0; i < 100; i++) await call(monthOf()); // warm up

    const samples: number[] = [];
    let events = 0;
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      const res = await call(monthOf());
      samples.push(performance.now() - start);
      if (!res.ok) throw new Error(`events.month failed: ${res.error.message}`);
      events += (res.data as { events: unknown[] }).events.length;
    }
    const sorted = samples.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(`events.month × ${CALLS} (random resident, random month; ${(events / CALLS).toFixed(0)} events a month on average):`);
    console.log(`  p50 ${percentile(sorted, 50).toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · p99 ${percentile(sorted, 99).toFixed(2)} ms (target p95 ≤ 20 ms)`);
    await rt.db.destroy();
    if (p95 > 20) throw new Error(`calendar-month p95 ${p95.toFixed(1)} ms is over the 20 ms target`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Streets, communities, residents, events and sign-ups with prepared statements in one transaction. */
function generate(file: string): { users: number; events: number; signups: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3');
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const rng = random(42);
  const at = `${YEAR}-01-01T00:00:00.000Z`;
  const counts = { users: 0, events: 0, signups: 0 };
  raw.transaction(() => {
    raw.prepare('INSERT INTO districts (id, name) VALUES (1, ?)').run('鄂尔多斯市');
    const street = raw.prepare('INSERT INTO streets (id, district_id, name) VALUES (?, 1, ?)');
    for (let s = 1; s <= STREETS; s++) street.run(s, `街道${s}`);
    const community = raw.prepare('INSERT INTO communities (id, street_id, name, address) VALUES (?, ?, ?, ?)');
    const streetOf = (c: number) => 1 + ((c - 1) % STREETS);
    for (let c = 1; c <= COMMUNITIES; c++) community.run(c, streetOf(c), `社区${c}`, '');

    const user = raw.prepare(
      "INSERT INTO users (id, openid, role, name, phone, address, community_id, created_at, updated_at) VALUES (?, ?, 'resident', ?, '', '', ?, ?, ?)",
    );
    const userId = (c: number, r: number) => (c - 1) * RESIDENTS_PER_COMMUNITY + r;
    for (let c = 1; c <= COMMUNITIES; c++) {
      for (let r = 1; r <= RESIDENTS_PER_COMMUNITY; r++) user.run(userId(c, r), `c${c}-r${r}`, `居民${r}`, c, at, at);
    }
    counts.users = COMMUNITIES * RESIDENTS_PER_COMMUNITY;

    const event = raw.prepare(
      `INSERT INTO events (id, community_id, street_id, audience, series_id, title, category, description, cover, organizer, venue_id, place,
        starts_at, ends_at, start_date, capacity, taken, waiting, seq, lock_version, party_limit, signup_opens_at, signup_closes_at,
        cancel_deadline, status, reminded_at, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, ?, ?, '', NULL, ?, NULL, ?, ?, ?, ?, ?, ?, 0, ?, 0, 1, ?, ?, ?, 'active', NULL, 1, ?, ?)`,
    );
    const signup = raw.prepare(
      "INSERT INTO event_signups (event_id, user_id, party_size, status, seq, created_at, updated_at) VALUES (?, ?, 1, 'confirmed', ?, ?, ?)",
    );
    let id = 0;
    for (let c = 1; c <= COMMUNITIES; c++) {
      for (let k = 0; k < EVENTS_PER_COMMUNITY; k++) {
        id += 1;
        const day = Math.floor(rng() * 365);
        const startMs = Date.UTC(YEAR, 0, 1 + day, 0, 0) + Math.floor(rng() * 12) * 3_600_000; // 08:00–19:00 Shanghai
        const starts = new Date(startMs).toISOString();
        const date = new Date(startMs + 8 * 3_600_000).toISOString().slice(0, 10);
        const opens = new Date(startMs - 7 * 86_400_000).toISOString();
        event.run(
          id, c, streetOf(c), rng() < STREET_WIDE_SHARE ? 'street' : 'community', `活动${id}`, CATEGORIES[id % CATEGORIES.length],
          `社区${c}`, '党群服务中心', starts, new Date(startMs + 2 * 3_600_000).toISOString(), date, 30, SIGNUPS_PER_EVENT,
          SIGNUPS_PER_EVENT, opens, starts, starts, at, at,
        );
        // Ten different residents of the community, from a random start.
        const first = Math.floor(rng() * RESIDENTS_PER_COMMUNITY);
        for (let s = 0; s < SIGNUPS_PER_EVENT; s++) signup.run(id, userId(c, 1 + ((first + s * 37) % RESIDENTS_PER_COMMUNITY)), s + 1, opens, opens);
      }
    }
    counts.events = id;
    counts.signups = id * SIGNUPS_PER_EVENT;
  })();
  raw.exec('ANALYZE');
  raw.close();
  return counts;
}

/** The two range reads of events.month must use their indexes, never scan the table. */
async function printPlans(db: import('../cloud/db/tx').Db): Promise<void> {
  const plans = [
    sql`EXPLAIN QUERY PLAN SELECT id FROM events WHERE start_date >= '2026-06-01' AND start_date <= '2026-06-30' AND community_id = 17`,
    sql`EXPLAIN QUERY PLAN SELECT id FROM events WHERE start_date >= '2026-06-01' AND start_date <= '2026-06-30' AND street_id = 17 AND audience = 'street' AND community_id <> 17`,
    sql`EXPLAIN QUERY PLAN SELECT event_id FROM event_signups WHERE user_id = 5 AND event_id IN (1, 2, 3) AND status IN ('confirmed', 'waitlisted')`,
  ];
  for (const q of plans) {
    const rows = (await q.execute(db)).rows as { detail: string }[];
    console.log(`  plan: ${rows.map((r) => r.detail).join(' / ')}`);
  }
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
