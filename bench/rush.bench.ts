/**
 * rush: 08:00 — everyone taps at once. Through the real local host (router, caller lookup, idempotency, audit), on a
 * fresh database: 2 000 sign-ups for one 50-seat event, 2 000 booking attempts on one venue-day, 2 000 claims on 20
 * pooled 暖心事, then the tab screens' reads from 2 000 residents. Every burst releases all its calls at once.
 * On MariaDB/MySQL (MYSQL_URL) the host and the reference talk to the server through a proxy adding 0.5 ms each way.
 * Prints per action: answers per second, p50/p99/max, answers later than 3 s, the round trips (statements) each call
 * sends and those sent while holding a hot row, and the ratio to the minimal reference server of the same run, on the
 * answers served (「人多，请稍后再试」 excluded)
 * (bench/support/references.ts: BEGIN; gate UPDATE; INSERT; COMMIT). Each server is measured warm, after a burst of
 * 500 calls of its own (a long-running instance has compiled its hot paths; a cold start is not what a rush measures).
 */
import { createHost, listen } from '../cloud/host/server';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch, type Runtime } from '../cloud/router/router';
import { createRuntime, seedDemo } from '../cloud/runtime';
import { createTestDatabase } from '../test/support/databases';
import { roomInput } from '../test/support/venues';
import { burstApart, type Answer, type BurstFigures, type CallRequest } from './support/burst';
import { startLatencyProxy } from './support/latency-proxy';
import { mysqlReference, sqliteReference, type Reference } from './support/references';
import { installStatementLog, takeCounts, type Counts } from './support/statement-log';

export const name = 'rush';
export const description = '2 000 at once: sign-ups for one 50-seat event, bookings of one venue-day, claims from the pool, the tab screens’ reads; against a minimal server';

const PEOPLE = 2000;
const SEATS = 50;
const POOLED = 20;
const NOW = '2026-11-25T00:00:00.000Z'; // 08:00 in Shanghai
const DATE = '2026-11-28'; // a Saturday: 09:00–21:00 in 30-minute slots
const SLOT = 30;
const MONTH = '2026-11';

/** BENCH_ACTIONS=events.signUp,… measures only those actions (the reference always). */
const wanted = (action: string) => !process.env.BENCH_ACTIONS || process.env.BENCH_ACTIONS.split(',').includes(action);

interface Mode {
  tag: string;
  /** Calls in flight at once (sockets): the rest wait in the client. */
  inFlight: number;
}

const MODES: Mode[] = [
  { tag: '200', inFlight: 200 },
  { tag: 'all', inFlight: PEOPLE },
];

interface Row {
  action: string;
  mode: Mode;
  figures: BurstFigures;
  counts: Counts;
  note: string;
}

export async function run(): Promise<void> {
  installStatementLog();
  const only = process.env.BENCH_DIALECT; // sqlite or mysql: one of the two
  if (only !== 'mysql') await rush('sqlite');
  if (process.env.MYSQL_URL && only !== 'sqlite') await rush('mysql');
  else console.log('  (MariaDB/MySQL skipped: set MYSQL_URL=mysql://root@127.0.0.1:3306/test to run it too)');
}

async function rush(dialect: 'sqlite' | 'mysql'): Promise<void> {
  const database = await createTestDatabase(dialect);
  const proxy = dialect === 'mysql' ? await startLatencyProxy(database.url) : null;
  const url = proxy?.url ?? database.url;
  const rows: Row[] = [];
  try {
    const reference = (tag: string) => (dialect === 'mysql' ? mysqlReference(url, SEATS, tag) : sqliteReference(SEATS));
    await warmUp(await reference('warm'));
    for (const mode of MODES) {
      const ref = await reference(mode.tag);
      rows.push(await measureReference(ref, mode));
      await ref.close();
    }

    const clock = new ManualClock(NOW);
    const platform = createLocalPlatform({ clock, dataDir: `${database.url}.files`, log: silentLogger });
    const rt = await createRuntime({ databaseUrl: url, platform, seedDemo: false });
    const server = createHost({ runtime: rt });
    try {
      await seedDemo(rt, 'base');
      const residents = await createPeople(rt, 'rush-resident', 'resident');
      const port = await listen(server, 0);
      const call = (openid: string, action: string, payload: unknown, requestId?: string): CallRequest => ({ path: '/fn/api', headers: { 'x-dev-openid': openid }, body: { action, payload, requestId } });
      const measure = (action: string, mode: Mode, request: (i: number) => CallRequest, check: (answers: Answer[]) => Promise<string>) => measureOn(port, action, mode, request, check);

      // Both servers are measured warm (a cloud function instance serves many calls): a burst of sign-ups first.
      const warmEvent = await createEvent(rt, 'warm');
      await burstApart(port, Array.from({ length: WARM_UP }, (_, i) => call(residents[i], 'events.signUp', { eventId: warmEvent, waitlist: true }, `rush-warm-${i}`)), 200);

      // Each action twice: 200 in flight for the rate (the reference's way), then all 2 000 released at once, on
      // fresh targets, for the 3 s answer.
      for (const mode of wanted('events.signUp') ? MODES : []) {
        const eventId = await createEvent(rt, mode.tag);
        rows.push(await measure('events.signUp', mode, (i) => call(residents[i], 'events.signUp', { eventId, waitlist: true }, `rush-signup-${mode.tag}-${i}`), (answers) => checkSignups(rt, eventId, answers)));
      }
      for (const mode of wanted('bookings.create') ? MODES : []) {
        const venueId = await createVenue(rt, mode.tag);
        const rand = lcg(20261128);
        const ranges = residents.map(() => {
          const len = 1 + rand(4);
          const first = Math.min(rand(24), 24 - len);
          return { start: 9 * 60 + first * SLOT, end: 9 * 60 + (first + len) * SLOT };
        });
        rows.push(
          await measure(
            'bookings.create',
            mode,
            (i) => call(residents[i], 'bookings.create', { venueId, date: DATE, ...ranges[i], purpose: '排练', headcount: 5, contactName: '居民', contactPhone: '13900000000' }, `rush-book-${mode.tag}-${i}`),
            () => checkBookings(rt, venueId),
          ),
        );
      }
      const handlers = await createHandlers(rt);
      for (const [k, mode] of (wanted('requests.claim') ? MODES : []).entries()) {
        const requestIds = await createPool(rt, residents.slice(k * POOLED, (k + 1) * POOLED), mode.tag);
        rows.push(await measure('requests.claim', mode, (i) => call(handlers[i], 'requests.claim', { id: requestIds[i % POOLED] }, `rush-claim-${mode.tag}-${i}`), () => checkClaims(rt, requestIds)));
      }

      const reads: [string, unknown][] = [
        ['events.month', { month: MONTH }],
        ['venues.list', {}],
        ['requests.mine', {}],
        ['me.get', {}],
        ['messages.list', {}],
      ];
      for (const [action, payload] of reads.filter(([a]) => wanted(a))) {
        for (const mode of MODES) rows.push(await measure(action, mode, (i) => call(residents[i], action, payload), async () => ''));
      }
    } finally {
      await new Promise((r) => server.close(r));
      await rt.db.destroy();
    }
    print(dialect, rows);
  } finally {
    await proxy?.close();
    await database.drop();
  }
}

/** Calls each server gets before it is measured: the JIT has compiled the hot paths, as in a long-running instance. */
const WARM_UP = 500;

async function warmUp(ref: Reference): Promise<void> {
  await burstApart(ref.port, Array.from({ length: WARM_UP }, (_, i) => ({ path: '/', headers: {}, body: { user: i + 1 } })), 200);
  await ref.close();
}

async function measureReference(ref: Reference, mode: Mode): Promise<Row> {
  takeCounts();
  const { figures } = await burstApart(ref.port, Array.from({ length: PEOPLE }, (_, i) => ({ path: '/', headers: {}, body: { user: i + 1 } })), mode.inFlight);
  const counts = takeCounts();
  const after = await ref.check();
  return { action: 'reference', mode, figures, counts, note: `taken ${after.taken} · rows ${after.rows}` };
}

async function measureOn(port: number, action: string, mode: Mode, request: (i: number) => CallRequest, check: (answers: Answer[]) => Promise<string>): Promise<Row> {
  takeCounts();
  const { figures, answers } = await burstApart(port, Array.from({ length: PEOPLE }, (_, i) => request(i)), mode.inFlight);
  const counts = takeCounts();
  const busy = answers.find((a) => a.code !== 'OK' && a.code !== 'CONFLICT');
  const note = await check(answers);
  return { action, mode, figures, counts, note: busy ? `${note} · e.g. ${busy.code} ${busy.message}` : note };
}

function print(dialect: string, rows: Row[]): void {
  console.log(`\n${dialect === 'mysql' ? 'MariaDB/MySQL through the latency proxy (0.5 ms each way)' : 'SQLite (WAL, in-process)'}: ${PEOPLE} calls released at once per action`);
  console.log('  action     in flight  answers/s (served)   p50 ms   p99 ms   max ms  >3 s  round trips (statements) per call  of them holding a hot row  × reference');
  for (const r of rows) {
    const reference = rows.find((x) => x.action === 'reference' && x.mode === r.mode)!.figures.servedPerSecond;
    const f = r.figures;
    const per = (n: number) => (n / f.calls).toFixed(2);
    console.log(
      `  ${r.action.padEnd(15)} ${String(r.mode.inFlight).padStart(5)} ${f.perSecond.toFixed(0).padStart(9)} ${`(${f.servedPerSecond.toFixed(0)})`.padStart(8)} ${f.p50.toFixed(0).padStart(8)} ${f.p99.toFixed(0).padStart(8)} ${f.max.toFixed(0).padStart(8)} ${String(f.late).padStart(5)}  ` +
        `${`${per(r.counts.roundTrips)} (${per(r.counts.statements)})`.padEnd(34)} ${per(r.counts.hotRoundTrips).padEnd(26)} ${(f.servedPerSecond / reference).toFixed(2)}`,
    );
    console.log(`  ${''.padEnd(21)} ${Object.entries(f.codes).map(([c, n]) => `${c} ${n}`).join(' · ')}${r.note ? ` · ${r.note}` : ''}`);
  }
}

/** People inserted directly, bound to the demo community: the bursts measure the actions, not registration. */
async function createPeople(rt: Runtime, prefix: string, role: 'resident' | 'handler'): Promise<string[]> {
  const community = await rt.db.selectFrom('communities').select(['id']).where('name', '=', '达尔罕社区').executeTakeFirstOrThrow();
  const openids = Array.from({ length: PEOPLE }, (_, i) => `${prefix}-${i}`);
  for (let i = 0; i < PEOPLE; i += 250) {
    await rt.db
      .insertInto('users')
      .values(openids.slice(i, i + 250).map((openid, k) => ({ openid, role, name: `居民${i + k}`, phone: `139${String(i + k).padStart(8, '0')}`, address: '达尔罕小区', community_id: community.id, created_at: NOW, updated_at: NOW })))
      .execute();
  }
  return openids;
}

async function ok<T>(rt: Runtime, openid: string, action: string, payload: unknown, requestId?: string): Promise<T> {
  const res = await dispatch(rt, { action, payload, requestId }, { devOpenId: openid });
  if (!res.ok) throw new Error(`${action} failed: ${res.error.message}`);
  return res.data as T;
}

async function createEvent(rt: Runtime, tag: string): Promise<number> {
  const community = await rt.db.selectFrom('communities').select(['id']).where('name', '=', '达尔罕社区').executeTakeFirstOrThrow();
  const created = await ok<{ eventIds: number[] }>(
    rt,
    'demo-staff',
    'events.create',
    {
      communityId: community.id,
      title: '免费健康体检',
      category: 'volunteer',
      organizer: '达尔罕社区卫生服务站',
      place: '居民活动服务站多功能厅',
      startsAt: '2026-11-28T09:00:00+08:00',
      endsAt: '2026-11-28T11:00:00+08:00',
      capacity: SEATS,
    },
    `rush-event-${tag}`,
  );
  return created.eventIds[0];
}

/** Never overbooked, counters equal to rows, one arrival number each, and every sign-up written was answered OK. */
async function checkSignups(rt: Runtime, eventId: number, answers: Answer[]): Promise<string> {
  const e = await rt.db.selectFrom('events').select(['taken', 'waiting']).where('id', '=', eventId).executeTakeFirstOrThrow();
  const rows = await rt.db.selectFrom('event_signups').select(['status', 'seq']).where('event_id', '=', eventId).orderBy('seq').execute();
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  const waitlisted = rows.filter((r) => r.status === 'waitlisted');
  const seqs = new Set(rows.map((r) => r.seq));
  const answeredOk = answers.filter((a) => a.code === 'OK').length;
  const right = confirmed === SEATS && e.taken === confirmed && e.waiting === waitlisted.length && seqs.size === rows.length && rows.length === answeredOk;
  if (!right) process.exitCode = 1;
  return `confirmed ${confirmed} (taken ${e.taken}) · waitlisted ${waitlisted.length} (waiting ${e.waiting}) · distinct arrival numbers ${seqs.size} · written ${rows.length} = answered OK ${answeredOk} ${right ? '✓' : '✖'}`;
}

async function createVenue(rt: Runtime, tag: string): Promise<number> {
  const worker = await rt.db.selectFrom('staff_communities').select('community_id').executeTakeFirstOrThrow();
  const allDay: [number, number][] = [[9 * 60, 21 * 60]];
  const input = roomInput(worker.community_id, { name: `压测多功能厅${tag}`, weekly: [allDay, allDay, allDay, allDay, allDay, allDay, allDay], slotMinutes: SLOT, rules: { maxSlotsPerBooking: 4 } });
  return (await ok<{ id: number }>(rt, 'demo-staff', 'venues.upsert', input)).id;
}

/** No two held ranges of the venue-day overlap. */
async function checkBookings(rt: Runtime, venueId: number): Promise<string> {
  const rows = await rt.db
    .selectFrom('venue_bookings')
    .select(['start_min', 'hold_end_min'])
    .where('venue_id', '=', venueId)
    .where('date', '=', DATE)
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .orderBy('start_min')
    .execute();
  let overlaps = 0;
  for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length && rows[j].start_min < rows[i].hold_end_min; j++) overlaps++;
  if (overlaps > 0) process.exitCode = 1;
  return `bookings ${rows.length} · overlaps ${overlaps} ${overlaps === 0 ? '✓' : '✖'}`;
}

/** 2 000 handlers of one street-wide unit that serves 邻里调解. */
async function createHandlers(rt: Runtime): Promise<string[]> {
  const handlers = await createPeople(rt, 'rush-handler', 'handler');
  const community = await rt.db.selectFrom('communities').select(['id', 'street_id']).where('name', '=', '达尔罕社区').executeTakeFirstOrThrow();
  const unit = await rt.db
    .insertInto('handler_units')
    .values({ name: '哈巴格希街道志愿服务队', kind: 'volunteer', street_id: community.street_id, community_id: null, categories: JSON.stringify(['邻里调解']), phone: '', active: 1, created_at: NOW })
    .executeTakeFirstOrThrow();
  const ids = await rt.db.selectFrom('users').select('id').where('openid', 'like', 'rush-handler-%').execute();
  for (let i = 0; i < ids.length; i += 250) {
    await rt.db
      .insertInto('handler_members')
      .values(ids.slice(i, i + 250).map((u) => ({ unit_id: Number(unit.insertId), user_id: u.id })))
      .execute();
  }
  return handlers;
}

/** 20 requests filed by residents and put in the pool by the worker. */
async function createPool(rt: Runtime, residents: string[], tag: string): Promise<number[]> {
  const requestIds: number[] = [];
  for (let k = 0; k < POOLED; k++) {
    const req = await ok<{ id: number }>(
      rt,
      residents[k],
      'requests.create',
      { category: '邻里调解', description: '楼上邻居装修噪音每天持续到晚上十点，希望社区帮忙协调一下', address: '达尔罕小区3号楼', phone: '13847701234', preferredTime: '工作日白天', photos: [] },
      `rush-request-${tag}-${k}`,
    );
    await ok(rt, 'demo-staff', 'requests.pool', { id: req.id, note: '' }, `rush-pool-${tag}-${k}`);
    requestIds.push(req.id);
  }
  return requestIds;
}

/** Exactly one claim won each request. */
async function checkClaims(rt: Runtime, requestIds: number[]): Promise<string> {
  const steps = await rt.db.selectFrom('request_steps').select('request_id').where('kind', '=', 'claim').where('request_id', 'in', requestIds).execute();
  const right = steps.length === POOLED && new Set(steps.map((s) => s.request_id)).size === POOLED;
  if (!right) process.exitCode = 1;
  return `claims won ${steps.length} of ${POOLED} requests ${right ? '✓' : '✖'}`;
}

function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}
