/**
 * signup-burst: 2 000 residents sign up at once, over HTTP, to the local host for a 50-seat event (waitlist on).
 * The host runs in-process on a free port on a fresh database (SQLite; and MariaDB too when MYSQL_URL is set).
 * Must end with exactly 50 confirmed, 1 950 waitlisted and 0 errors.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHost } from '../cloud/host/server';
import { ManualClock } from '../cloud/platform/clock';
import { createLocalPlatform } from '../cloud/platform/local';
import { silentLogger } from '../cloud/platform/log';
import { createRuntime, seedDemo } from '../cloud/runtime';
import { dispatch, type Runtime } from '../cloud/router/router';
import { createTestDatabase } from '../test/support/databases';
import { latencySummary } from './stats';

export const name = 'signup-burst';
export const description = '2 000 concurrent sign-ups over HTTP for a 50-seat event: confirmed, waitlisted, errors, requests/s, p50/p95/p99';

const PEOPLE = 2000;
const SEATS = 50;
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 200);

export async function run(): Promise<void> {
  for (const dialect of process.env.MYSQL_URL ? (['sqlite', 'mysql'] as const) : (['sqlite'] as const)) {
    await burst(dialect);
  }
}

async function burst(dialect: 'sqlite' | 'mysql'): Promise<void> {
  const database = await createTestDatabase(dialect);
  const clock = new ManualClock('2026-11-25T02:00:00.000Z');
  const platform = createLocalPlatform({ clock, dataDir: `${database.url}.files`, log: silentLogger });
  const rt = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false });
  await seedDemo(rt, 'base');
  const server = createHost({ runtime: rt });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    const eventId = await prepare(rt, clock.now());
    const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
    const latencies: number[] = [];
    const outcomes = { confirmed: 0, waitlisted: 0, errors: 0 };
    const started = performance.now();
    await Promise.all(
      Array.from({ length: PEOPLE }, async (_, i) => {
        const t = performance.now();
        try {
          const reply = await post(agent, port, `burst-${i + 1}`, { action: 'events.signUp', payload: { eventId, waitlist: true }, requestId: `burst-${i + 1}-request` });
          const result = reply.result as { ok: boolean; data?: { status: 'confirmed' | 'waitlisted' } };
          if (result.ok && result.data) outcomes[result.data.status] += 1;
          else outcomes.errors += 1;
        } catch {
          outcomes.errors += 1;
        }
        latencies.push(performance.now() - t);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();

    const counters = await rt.db.selectFrom('events').select(['taken', 'waiting']).where('id', '=', eventId).executeTakeFirstOrThrow();
    const rows = await rt.db.selectFrom('event_signups').select(['status']).where('event_id', '=', eventId).execute();
    const confirmedRows = rows.filter((r) => r.status === 'confirmed').length;
    console.log(`${dialect}: ${PEOPLE} sign-ups in flight over ${SOCKETS} keep-alive sockets for ${SEATS} seats`);
    console.log(`  confirmed ${outcomes.confirmed} · waitlisted ${outcomes.waitlisted} · errors ${outcomes.errors}`);
    console.log(`  ${(PEOPLE / seconds).toFixed(0)} requests/s (${seconds.toFixed(2)} s) · ${latencySummary(latencies)}`);
    console.log(`  database: taken ${counters.taken} = ${confirmedRows} confirmed rows · waiting ${counters.waiting} = ${rows.length - confirmedRows} waitlisted rows`);
    const right = outcomes.confirmed === SEATS && outcomes.waitlisted === PEOPLE - SEATS && outcomes.errors === 0 && counters.taken === confirmedRows && confirmedRows === SEATS;
    if (!right) throw new Error(`signup-burst on ${dialect}: expected ${SEATS} confirmed and 0 errors`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await rt.db.destroy();
    await database.drop();
  }
}

/** 2 000 residents of the demo community (written directly) and one 50-seat event (created by the worker). */
async function prepare(rt: Runtime, now: Date): Promise<number> {
  const community = await rt.db.selectFrom('communities').select(['id']).where('name', '=', '达尔罕社区').executeTakeFirstOrThrow();
  const at = now.toISOString();
  for (let i = 0; i < PEOPLE; i += 500) {
    await rt.db
      .insertInto('users')
      .values(
        Array.from({ length: Math.min(500, PEOPLE - i) }, (_, j) => ({
          openid: `burst-${i + j + 1}`,
          role: 'resident' as const,
          name: `居民${i + j + 1}`,
          phone: '',
          address: '',
          community_id: community.id,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
  const created = await dispatch(
    rt,
    {
      action: 'events.create',
      payload: {
        communityId: community.id,
        title: '重阳节敬老文艺汇演',
        category: 'culture',
        organizer: '达尔罕社区老年协会',
        place: '居民活动服务站多功能厅',
        startsAt: '2026-11-28T15:00:00+08:00',
        endsAt: '2026-11-28T17:00:00+08:00',
        capacity: SEATS,
      },
      requestId: 'burst-event-create',
    },
    { devOpenId: 'demo-staff' },
  );
  if (!created.ok) throw new Error(`creating the event failed: ${created.error.message}`);
  return (created.data as { eventIds: number[] }).eventIds[0];
}

function post(agent: http.Agent, port: number, openid: string, body: unknown): Promise<{ result: unknown }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/fn/api', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), 'x-dev-openid': openid } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
