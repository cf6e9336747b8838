/**
 * booking-burst: 2 000 concurrent booking attempts over HTTP on one venue-day, through the real local host (router,
 * idempotency, the venue's range lock). Prints successes, conflicts, errors, requests/s and latency percentiles, then
 * checks from the rows that no two bookings overlap. SQLite on a temp file always; MariaDB/MySQL too when
 * BENCH_MYSQL_URL (or MYSQL_URL) names a server, on a fresh database that is dropped afterwards.
 */
import http from 'node:http';
import { createHost, listen } from '../cloud/host/server';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch, type Runtime } from '../cloud/router/router';
import { createRuntime, seedDemo } from '../cloud/runtime';
import { createTestDatabase } from '../test/support/databases';
import { roomInput } from '../test/support/venues';
import { latencySummary } from './stats';

export const name = 'booking-burst';
export const description = '2 000 concurrent booking attempts over HTTP on one venue-day';

const ATTEMPTS = 2000;
const DATE = '2026-11-28'; // a Saturday: 09:00–21:00 in 30-minute slots, 24 of them
const NOW = '2026-11-25T02:00:00.000Z';
const SLOT = 30;
const FIRST = 9 * 60;
const SLOTS = 24;

export async function run(): Promise<void> {
  await burst('sqlite');
  const mysql = process.env.BENCH_MYSQL_URL ?? process.env.MYSQL_URL;
  if (mysql) await burst('mysql', mysql);
  else console.log('  (MariaDB/MySQL skipped: set MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it too)');
}

async function burst(dialect: 'sqlite' | 'mysql', serverUrl?: string): Promise<void> {
  if (serverUrl) process.env.MYSQL_URL = serverUrl;
  const database = await createTestDatabase(dialect);
  const clock = new ManualClock(NOW);
  const platform = createLocalPlatform({ clock, dataDir: `${database.url}.files`, log: silentLogger });
  const runtime = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false });
  const server = createHost({ runtime });
  try {
    await seedDemo(runtime, 'base');
    const venueId = await createVenue(runtime);
    const openids = await createResidents(runtime);
    const port = await listen(server, 0);

    const rand = lcg(20261128);
    const attempts = openids.map((openid, i) => {
      const len = 1 + rand(4);
      const first = Math.min(rand(SLOTS), SLOTS - len);
      return { openid, requestId: `bench-${i}-${Date.now().toString(36)}`, start: FIRST + first * SLOT, end: FIRST + (first + len) * SLOT };
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    const started = performance.now();
    const results = await Promise.all(attempts.map((a) => book(port, agent, venueId, a)));
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();

    const successes = results.filter((r) => r.code === 'OK').length;
    const conflicts = results.filter((r) => r.code === 'CONFLICT').length;
    const errors = results.filter((r) => r.code !== 'OK' && r.code !== 'CONFLICT');
    const overlaps = await overlapsIn(runtime, venueId);
    console.log(`  ${dialect.padEnd(6)} ${ATTEMPTS} attempts in ${seconds.toFixed(2)} s · ${(ATTEMPTS / seconds).toFixed(0)} requests/s`);
    console.log(`         successes ${successes} · conflicts ${conflicts} · errors ${errors.length}`);
    console.log(`         latency ${latencySummary(results.map((r) => r.ms))}`);
    console.log(`         rows ${overlaps.rows} (= successes: ${overlaps.rows === successes ? 'yes' : 'NO'}) · overlaps ${overlaps.count} ${overlaps.count === 0 ? '✓' : '✖'}`);
    if (errors.length > 0) console.log(`         first errors: ${[...new Set(errors.map((e) => `${e.code} ${e.message}`))].slice(0, 3).join(' | ')}`);
    if (overlaps.count > 0 || errors.length > 0 || overlaps.rows !== successes) process.exitCode = 1;
  } finally {
    await new Promise((r) => server.close(r));
    await runtime.db.destroy();
    await database.drop();
  }
}

async function createVenue(rt: Runtime): Promise<number> {
  const worker = await rt.db.selectFrom('staff_communities').select('community_id').executeTakeFirstOrThrow();
  const allDay: [number, number][] = [[9 * 60, 21 * 60]];
  const input = roomInput(worker.community_id, {
    name: '压测多功能厅',
    weekly: [allDay, allDay, allDay, allDay, allDay, allDay, allDay],
    slotMinutes: SLOT,
    rules: { maxSlotsPerBooking: 4 },
  });
  const res = await dispatch(rt, { action: 'venues.upsert', payload: input }, { devOpenId: 'demo-staff' });
  if (!res.ok) throw new Error(`venues.upsert failed: ${res.error.message}`);
  return (res.data as { id: number }).id;
}

/** 2 000 residents of the venue's community, inserted directly: the burst measures booking, not registration. */
async function createResidents(rt: Runtime): Promise<string[]> {
  const community = await rt.db.selectFrom('staff_communities').select('community_id').executeTakeFirstOrThrow();
  const openids = Array.from({ length: ATTEMPTS }, (_, i) => `bench-resident-${i}`);
  const at = NOW;
  for (let i = 0; i < openids.length; i += 200) {
    await rt.db
      .insertInto('users')
      .values(openids.slice(i, i + 200).map((openid, k) => ({ openid, role: 'resident' as const, name: `居民${i + k}`, phone: `139${String(i + k).padStart(8, '0')}`, address: '', community_id: community.community_id, created_at: at, updated_at: at })))
      .execute();
  }
  return openids;
}

interface Outcome {
  code: string;
  message: string;
  ms: number;
}

function book(port: number, agent: http.Agent, venueId: number, a: { openid: string; requestId: string; start: number; end: number }): Promise<Outcome> {
  const body = JSON.stringify({
    action: 'bookings.create',
    requestId: a.requestId,
    payload: { venueId, date: DATE, start: a.start, end: a.end, purpose: '压力测试', headcount: 5, contactName: '居民', contactPhone: '13900000000' },
  });
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/fn/api', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-dev-openid': a.openid } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - t0;
          try {
            const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8')).result;
            resolve(envelope.ok ? { code: 'OK', message: '', ms } : { code: envelope.error.code, message: envelope.error.message, ms });
          } catch {
            resolve({ code: `HTTP ${res.statusCode}`, message: 'unreadable reply', ms });
          }
        });
      },
    );
    req.on('error', (err) => resolve({ code: 'NETWORK', message: err.message, ms: performance.now() - t0 }));
    req.end(body);
  });
}

/** Overlapping pairs among the venue-day's held ranges, counted from the rows themselves. */
async function overlapsIn(rt: Runtime, venueId: number): Promise<{ rows: number; count: number }> {
  const rows = await rt.db
    .selectFrom('venue_bookings')
    .select(['start_min', 'hold_end_min'])
    .where('venue_id', '=', venueId)
    .where('date', '=', DATE)
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .orderBy('start_min')
    .execute();
  let count = 0;
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length && rows[j].start_min < rows[i].hold_end_min; j++) count++;
  return { rows: rows.length, count };
}

function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}
