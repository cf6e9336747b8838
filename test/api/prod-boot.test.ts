import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { connect } from '../../cloud/db/connect';
import { SEED_MARK } from '../../cloud/db/seed';
import { ManualClock } from '../../cloud/platform/clock';
import { createLocalPlatform } from '../../cloud/platform/local';
import { silentLogger } from '../../cloud/platform/log';
import { createRuntime } from '../../cloud/runtime';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases';

/**
 * Many cloud function instances start together on one empty database: each is its own process (as in the cloud),
 * all make their first call at the same moment, and every one must answer while the demo data is written exactly once.
 */
const INSTANCES = 5;
const CHILD = path.join(__dirname, 'prod-boot-child.ts');

interface Instance {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ me?: unknown; deploy?: unknown; ms?: number; errors?: string[]; crashed?: string }>;
  stderr: () => string;
}

function startInstance(env: NodeJS.ProcessEnv): Instance {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d) => (err += String(d)));
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (d) => {
    buffer += String(d);
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const queued = lines.shift();
      if (queued !== undefined) return resolve(queued);
      waiters.push(resolve);
      child.once('exit', (code) => reject(new Error(`instance exited (${code}) before answering: ${err}`)));
    });
  const ready = nextLine().then((line) => {
    if (line !== 'ready') throw new Error(`instance said ${line}`);
  });
  const result = ready.then(nextLine).then((line) => JSON.parse(line));
  return { child, ready, result, stderr: () => err };
}

/** Rows per table, without Kysely's own bookkeeping. */
async function rowCounts(db: Kysely<unknown>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of (await db.introspection.getTables()).map((x) => x.name).sort()) {
    if (t.startsWith('kysely_')) continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const row = await (db as Kysely<any>).selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}

let reference: Record<string, number>;

beforeAll(async () => {
  // What one instance alone writes: the demo data seeded once into a fresh database.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-boot-ref-'));
  const platform = createLocalPlatform({ clock: new ManualClock(new Date().toISOString()), dataDir: dir, log: silentLogger });
  const rt = await createRuntime({ databaseUrl: path.join(dir, 'ref.sqlite'), platform, seedDemo: true });
  reference = await rowCounts(rt.db as Kysely<unknown>);
  await rt.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe.each(dialectsUnderTest())('%s: instances starting together on an empty database', (dialect) => {
  let database: TestDatabase;
  let instances: Instance[] = [];

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    for (const i of instances) if (i.child.exitCode === null) i.child.kill();
    instances = [];
    await database.drop();
  });

  it.each(['migrate-on-boot', 'deploy-step'] as const)(
    '%s: every instance answers me.get and the demo data is written once',
    async (mode) => {
      instances = Array.from({ length: INSTANCES }, () => startInstance({ DATABASE_URL: database.url, BOOT_MODE: mode }));
      await Promise.all(instances.map((i) => i.ready));
      const started = performance.now();
      for (const i of instances) i.child.stdin?.write('go\n');
      const results = await Promise.all(instances.map((i) => i.result));
      const wall = Math.round(performance.now() - started);

      for (const [n, r] of results.entries()) {
        const answered = (r.me as { ok?: boolean } | undefined)?.ok === true;
        // What the instance printed (its boot errors go to stderr) is shown only when it did not answer.
        expect({ instance: n, crashed: r.crashed, errors: r.errors, stderr: answered ? '' : instances[n].stderr() }).toEqual({ instance: n, crashed: undefined, errors: [], stderr: '' });
        expect(r.me).toMatchObject({ ok: true, data: { name: '王秀兰', role: 'resident' } });
        if (mode === 'deploy-step') expect(r.deploy).toMatchObject({ ok: true });
      }
      if (mode === 'deploy-step') {
        // Exactly one deploy seeded; every one of them saw the schema through.
        expect(results.filter((r) => (r.deploy as { data: { seeded: boolean } }).data.seeded)).toHaveLength(1);
      }

      const db = connect(database.url) as unknown as Kysely<unknown>;
      try {
        const counts = await rowCounts(db);
        expect(counts.districts).toBeGreaterThan(0);
        expect(counts).toEqual(reference);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const marks = await (db as Kysely<any>).selectFrom('app_settings').select('name').where('name', '=', SEED_MARK).execute();
        expect(marks).toHaveLength(1);
      } finally {
        await db.destroy();
      }
      console.log(`${dialect} ${mode}: ${INSTANCES} processes answered within ${wall} ms of starting together (slowest own call ${Math.max(...results.map((r) => r.ms ?? 0))} ms)`);
    },
    120_000,
  );
});
