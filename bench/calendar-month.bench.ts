/**
 * calendar-month: events.month over a city-scale data set, in-process through the router (caller lookup included):
 * 236 communities in 59 streets, ≥ 100 000 events in a year, ≥ 1 000 000 sign-ups — on SQLite (a temp file), and on
 * MariaDB/MySQL too when MYSQL_URL names a server (a fresh database on it, dropped afterwards). Both get the same rows
 * (bench/support/load-rows.ts). Per dialect: the seed time, the plan of every statement one events.month sends (as
 * sent, captured below Kysely), p50/p95/p99; on MariaDB/MySQL also through the latency proxy (0.5 ms each way).
 * Targets: p95 ≤ 20 ms on SQLite, ≤ 40 ms on MariaDB/MySQL.
 * BENCH_DIALECT=sqlite|mysql runs one of the two; BENCH_CALLS sets the number of measured calls (1 000).
 */
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { dispatch, type Runtime } from '../cloud/router/router';
import { createRuntime } from '../cloud/runtime';
import { createTestDatabase } from '../test/support/databases';
import { benchDialects, dialectLabel, random, type Dialect } from './support/dialects';
import { startLatencyProxy } from './support/latency-proxy';
import { loadRows, type Row } from './support/load-rows';
import { explain } from './support/plans';
import { captureStatements, installStatementLog, takeCounts } from './support/statement-log';
import { percentile } from './support/stats';

export const name = 'calendar-month';
export const description = 'events.month over 236 communities, ≥ 100 000 events a year, ≥ 1 000 000 sign-ups (SQLite, and MariaDB/MySQL with MYSQL_URL; in-process): p50/p95, plans';

const STREETS = 59;
const COMMUNITIES = 236;
const EVENTS_PER_COMMUNITY = 430; // × 236 = 101 480 a year
const RESIDENTS_PER_COMMUNITY = 800;
const SIGNUPS_PER_EVENT = 10; // ≥ 1 014 800
const STREET_WIDE_SHARE = 0.1;
const YEAR = 2026;
const CALLS = Number(process.env.BENCH_CALLS ?? 1000);
const CATEGORIES = ['party', 'culture', 'family', 'volunteer', 'lecture', 'other'];
const TARGET_P95_MS: Record<Dialect, number> = { sqlite: 20, mysql: 40 };

interface Figures {
  /** Where the calls went: the dialect, and through the latency proxy or not. */
  label: string;
  target: number;
  p50: number;
  p95: number;
  p99: number;
}

export async function run(): Promise<void> {
  installStatementLog();
  const figures: Figures[] = [];
  for (const dialect of benchDialects()) figures.push(...(await measure(dialect)));
  console.log('\nevents.month, this run:');
  for (const f of figures) {
    console.log(`  ${f.label.padEnd(30)} p50 ${f.p50.toFixed(2)} ms · p95 ${f.p95.toFixed(2)} ms · p99 ${f.p99.toFixed(2)} ms (target p95 ≤ ${f.target} ms)`);
  }
  const over = figures.filter((f) => f.p95 > f.target);
  if (over.length > 0) throw new Error(`calendar-month p95 over target: ${over.map((f) => `${f.label} ${f.p95.toFixed(1)} ms`).join(', ')}`);
}

/**
 * Builds the city on a fresh database of the dialect, prints the plans and times the calls; on MariaDB/MySQL times
 * them again through the latency proxy (a 1 ms round trip, as between a cloud function and its database).
 */
async function measure(dialect: Dialect): Promise<Figures[]> {
  console.log(`\n${dialectLabel(dialect)}:`);
  const database = await createTestDatabase(dialect);
  try {
    const clock = new ManualClock(`${YEAR}-11-25T02:00:00.000Z`);
    const platform = createLocalPlatform({ clock, dataDir: `${database.url}.files`, log: silentLogger });
    // Create and migrate the schema, then fill it while nothing else is connected.
    await (await createRuntime({ databaseUrl: database.url, platform, seedDemo: false })).db.destroy();
    const t = performance.now();
    await loadRows(database.url, city());
    const seeded = ((performance.now() - t) / 1000).toFixed(1);

    const out: Figures[] = [];
    const rt = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false });
    try {
      const count = async (table: 'users' | 'events' | 'event_signups') =>
        Number((await rt.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n).toLocaleString();
      console.log(
        `  data: ${COMMUNITIES} communities in ${STREETS} streets · ${await count('users')} residents · ${await count('events')} events in ${YEAR} · ` +
          `${await count('event_signups')} sign-ups (seeded in ${seeded} s)`,
      );
      // What one call sends, and how the server runs each statement (a resident of community 17, in June).
      const sent = await captureStatements(() => monthCall(rt, `${YEAR}-06`, 'c17-r5'));
      console.log(`  plans of the ${sent.length} statements one events.month sends:`);
      for (const p of await explain(rt.db, sent)) console.log(`    ${p}`);
      out.push(await timeCalls(rt, dialectLabel(dialect), TARGET_P95_MS[dialect]));
    } finally {
      await rt.db.destroy();
    }
    if (dialect === 'mysql') {
      const proxy = await startLatencyProxy(database.url);
      const proxied = await createRuntime({ databaseUrl: proxy.url, platform, seedDemo: false });
      try {
        out.push(await timeCalls(proxied, `${dialectLabel(dialect)}, 1 ms round trip`, TARGET_P95_MS[dialect]));
      } finally {
        await proxied.db.destroy();
        await proxy.close();
      }
    }
    return out;
  } finally {
    await database.drop();
  }
}

const monthCall = (rt: Runtime, month: string, openid: string) => dispatch(rt, { action: 'events.month', payload: { month } }, { devOpenId: openid });

/** 100 calls to warm up, then CALLS timed ones, each by a random resident for a random month of the year. */
async function timeCalls(rt: Runtime, label: string, target: number): Promise<Figures> {
  const rng = random(7);
  const call = () =>
    monthCall(rt, `${YEAR}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}`, `c${1 + Math.floor(rng() * COMMUNITIES)}-r${1 + Math.floor(rng() * RESIDENTS_PER_COMMUNITY)}`);
  for (let i = 0; i < 100; i++) await call();
  const samples: number[] = [];
  let events = 0;
  takeCounts();
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const res = await call();
    samples.push(performance.now() - start);
    if (!res.ok) throw new Error(`events.month failed: ${res.error.message}`);
    events += (res.data as { events: unknown[] }).events.length;
  }
  const sent = takeCounts();
  const sorted = samples.sort((a, b) => a - b);
  const figures = { label, target, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
  console.log(
    `  ${label}: events.month × ${CALLS} (random resident, random month; ${(events / CALLS).toFixed(0)} events a month on average; ` +
      `${(sent.roundTrips / CALLS).toFixed(1)} round trips a call)`,
  );
  console.log(`    p50 ${figures.p50.toFixed(2)} ms · p95 ${figures.p95.toFixed(2)} ms · p99 ${figures.p99.toFixed(2)} ms (target p95 ≤ ${target} ms)`);
  return figures;
}

const USER_COLUMNS = ['id', 'openid', 'role', 'name', 'phone', 'address', 'community_id', 'created_at', 'updated_at'] as const;
const EVENT_COLUMNS = [
  'id', 'community_id', 'street_id', 'audience', 'series_id', 'title', 'category', 'description', 'cover', 'organizer', 'venue_id', 'place',
  'starts_at', 'ends_at', 'start_date', 'capacity', 'taken', 'waiting', 'seq', 'lock_version', 'party_limit', 'signup_opens_at', 'signup_closes_at',
  'cancel_deadline', 'status', 'reminded_at', 'created_by', 'created_at', 'updated_at',
] as const;
const SIGNUP_COLUMNS = ['event_id', 'user_id', 'party_size', 'status', 'seq', 'created_at', 'updated_at'] as const;

/** Streets, communities, residents, events and sign-ups: the same rows on every run and every dialect. */
function* city(): Generator<Row> {
  const rng = random(42);
  const at = `${YEAR}-01-01T00:00:00.000Z`;
  yield { table: 'districts', columns: ['id', 'name'], values: [1, '鄂尔多斯市'] };
  for (let s = 1; s <= STREETS; s++) yield { table: 'streets', columns: ['id', 'district_id', 'name'], values: [s, 1, `街道${s}`] };
  const streetOf = (c: number) => 1 + ((c - 1) % STREETS);
  for (let c = 1; c <= COMMUNITIES; c++) yield { table: 'communities', columns: ['id', 'street_id', 'name', 'address'], values: [c, streetOf(c), `社区${c}`, ''] };

  const userId = (c: number, r: number) => (c - 1) * RESIDENTS_PER_COMMUNITY + r;
  for (let c = 1; c <= COMMUNITIES; c++) {
    for (let r = 1; r <= RESIDENTS_PER_COMMUNITY; r++) {
      yield { table: 'users', columns: USER_COLUMNS, values: [userId(c, r), `c${c}-r${r}`, 'resident', `居民${r}`, '', '', c, at, at] };
    }
  }

  let id = 0;
  for (let c = 1; c <= COMMUNITIES; c++) {
    for (let k = 0; k < EVENTS_PER_COMMUNITY; k++) {
      id += 1;
      const day = Math.floor(rng() * 365);
      const startMs = Date.UTC(YEAR, 0, 1 + day, 0, 0) + Math.floor(rng() * 12) * 3_600_000; // 08:00–19:00 Shanghai
      const starts = new Date(startMs).toISOString();
      const date = new Date(startMs + 8 * 3_600_000).toISOString().slice(0, 10);
      const opens = new Date(startMs - 7 * 86_400_000).toISOString();
      const audience = rng() < STREET_WIDE_SHARE ? 'street' : 'community';
      yield {
        table: 'events',
        columns: EVENT_COLUMNS,
        // prettier-ignore
        values: [
          id, c, streetOf(c), audience, null, `活动${id}`, CATEGORIES[id % CATEGORIES.length], '', null, `社区${c}`, null, '党群服务中心',
          starts, new Date(startMs + 2 * 3_600_000).toISOString(), date, 30, SIGNUPS_PER_EVENT, 0, SIGNUPS_PER_EVENT, 0, 1, opens, starts,
          starts, 'active', null, 1, at, at,
        ],
      };
      // Ten different residents of the community, from a random start.
      const first = Math.floor(rng() * RESIDENTS_PER_COMMUNITY);
      for (let s = 0; s < SIGNUPS_PER_EVENT; s++) {
        yield { table: 'event_signups', columns: SIGNUP_COLUMNS, values: [id, userId(c, 1 + ((first + s * 37) % RESIDENTS_PER_COMMUNITY)), 1, 'confirmed', s + 1, opens, opens] };
      }
    }
  }
}
