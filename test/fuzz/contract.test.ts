import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import fc from 'fast-check';
import * as v from 'valibot';
import { actions, ERROR_CODES, type AnyActionDef, type Role } from '../../types';
import { sql } from 'kysely';
import { connect } from '../../cloud/db/connect';
import { dialectOf } from '../../cloud/db/dialect';
import type { Db } from '../../cloud/db/tx';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases';
import { malformed, shaped } from './arbitraries';

/**
 * The contract fuzz tier. For every action of the contract, a fixed number of payloads generated from the action's
 * own schema (valid-shaped and malformed), each sent by one of the roles, through the real router behind the local
 * host, on a fresh database with all demo data. Every reply must be data, or a refusal with a Chinese message and a
 * code other than INTERNAL; a refusal must change nothing; a call still running after 10 s is a hang.
 * Reproducible: FUZZ_SEED picks another run (the default is fixed); each action's cases depend only on the seed and
 * the action's name, so adding an action leaves the others' cases as they were.
 */
const CASES_PER_ACTION = 32;
const HANG_MS = 10_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** The seeded people and their roles when the run starts (an admin's call may change them on the way). */
const CALLERS: [string, Role][] = [
  ['demo-resident', 'resident'],
  ['demo-staff', 'worker'],
  ['demo-handler', 'handler'],
  ['demo-admin', 'admin'],
  ['fuzz-newcomer', 'resident'],
];
/** The action after whose success its caller no longer exists (the next call registers a new, empty profile). */
const LEAVES = 'privacy.deleteAccount';
const CODES: readonly string[] = ERROR_CODES.filter((c) => c !== 'INTERNAL');
const CHINESE = /[\u4e00-\u9fa5]/;

interface Case {
  def?: AnyActionDef;
  action: string;
  caller: string;
  payload: unknown;
  requestId: unknown;
}

function seedOf(action: string): number {
  return crypto.createHash('sha256').update(`${SEED}:${action}`).digest().readUInt32LE(0);
}

const requestIdArb = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,16}$/) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'x', 'a'.repeat(65), 42, null) },
);

function casesOf(action: string, def: AnyActionDef): Case[] {
  const allowed = CALLERS.filter(([, role]) => def.roles.includes(role)).map(([openid]) => openid);
  const anyone = CALLERS.map(([openid]) => openid);
  // Eight in ten calls come from someone the action is for, so that most reach its service.
  const caller = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...anyone) });
  const arb = fc.tuple(fc.nat({ max: 9 }), caller, shaped(def.input), malformed(def.input), requestIdArb);
  return fc.sample(arb, { seed: seedOf(action), numRuns: CASES_PER_ACTION }).map(([pick, who, good, bad, requestId]) => ({
    def,
    action,
    caller: who,
    // Six in ten well shaped, so that most calls get past the schema into the services.
    payload: pick < 6 ? good : bad,
    requestId,
  }));
}

/** Every table's contents, as one comparable value per table: a refusal must leave them exactly as they were. */
async function fingerprint(db: Db, tables: string[]): Promise<Record<string, string>> {
  if (dialectOf(db) === 'mysql') {
    // One round trip: CHECKSUM TABLE reads every row of every table on the server.
    const res = await sql<{ Table: string; Checksum: number }>`CHECKSUM TABLE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
    return Object.fromEntries(res.rows.map((r) => [r.Table.split('.').pop() as string, String(r.Checksum)]));
  }
  const rows = await Promise.all(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    tables.map((t) => (db as any).selectFrom(t).selectAll().execute() as Promise<unknown[]>),
  );
  return Object.fromEntries(
    tables.map((t, i) => [t, crypto.createHash('sha1').update(rows[i].map((r) => JSON.stringify(r)).sort().join('\n')).digest('hex')]),
  );
}

function problemWith(reply: unknown): string | null {
  const r = reply as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown; field?: unknown } } | null;
  if (r?.ok === true) return 'data' in r ? null : 'ok without data';
  if (r?.ok !== false || !r.error) return `not an envelope: ${JSON.stringify(reply)?.slice(0, 200)}`;
  const { code, message, field } = r.error;
  if (code === 'INTERNAL') return `INTERNAL: ${String(message)}`;
  if (typeof code !== 'string' || !CODES.includes(code)) return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || !CHINESE.test(message)) return `message not in Chinese: ${String(message)}`;
  if (code === 'NOT_FOUND' && typeof field !== 'string') return `NOT_FOUND without the field: ${message}`;
  return null;
}

/** Whether the contract takes this payload as the router receives it (after the JSON round trip). */
function schemaAccepts(c: Case): boolean {
  const received = c.payload === undefined ? {} : JSON.parse(JSON.stringify(c.payload));
  const isObject = typeof received === 'object' && received !== null && !Array.isArray(received);
  return isObject && !!c.def && v.safeParse(c.def.input, received).success;
}

const show = (c: Case) => `${c.caller} ${c.action} ${JSON.stringify(c.payload)?.slice(0, 300)} requestId=${JSON.stringify(c.requestId)}`;

describe.each(dialectsUnderTest())('the contract under fuzz on %s', (dialect) => {
  let database: TestDatabase;
  let target: ChildProcess;
  let db: Db;
  let base = '';
  const targetErrors: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-fuzz-'));

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    target = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'target.ts')], {
      env: { ...process.env, DATABASE_URL: database.url, NUANXIN_DATA_DIR: dataDir, NUANXIN_NOW: '2026-11-25T02:00:00.000Z' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    readline.createInterface({ input: target.stderr! }).on('line', (line) => targetErrors.push(line));
    const port = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: target.stdout! }).on('line', (line) => {
        const m = /^listening (\d+)$/.exec(line);
        if (m) resolve(Number(m[1]));
      });
      target.once('exit', (code) => reject(new Error(`fuzz target exited (${code}): ${targetErrors.join('\n')}`)));
    });
    base = `http://127.0.0.1:${port}`;
    db = connect(database.url);
  }, 60_000);

  afterAll(async () => {
    target?.kill('SIGKILL');
    await db?.destroy();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function send(c: Case): Promise<unknown> {
    const res = await fetch(`${base}/fn/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Dev-OpenId': c.caller },
      body: JSON.stringify({ action: c.action, payload: c.payload, requestId: c.requestId }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    return ((await res.json()) as { result: unknown }).result;
  }

  it(
    'answers every generated call with data or a Chinese refusal that changed nothing, and never hangs',
    async () => {
      // The newcomer's first call registers them; from then on every refusal must leave the data as it was.
      await send({ action: 'me.get', caller: 'fuzz-newcomer', payload: {}, requestId: undefined });
      // A deleted account is gone for the rest of the run: deletions go last, so every other action meets the people
      // as seeded, and a deleter's next call registers them afresh before the next fingerprint.
      const lastly = (name: string) => (name === LEAVES ? 1 : 0);
      const cases = Object.entries(actions)
        .sort(([a], [b]) => lastly(a) - lastly(b) || a.localeCompare(b))
        .flatMap(([name, def]) => casesOf(name, def as AnyActionDef));
      const failures: string[] = [];
      const tables = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
      let before = await fingerprint(db, tables);
      let answered = 0;
      for (const c of cases) {
        const errorsBefore = targetErrors.length;
        let reply: unknown;
        try {
          reply = await send(c);
        } catch (err) {
          const hung = (err as Error).name === 'TimeoutError';
          failures.push(`${hung ? `HANG (no answer in ${HANG_MS / 1000} s)` : String(err)}: ${show(c)}`);
          if (hung) break; // the target is stuck; nothing after this call would be meaningful
          continue;
        }
        answered++;
        const problem =
          problemWith(reply) ?? ((reply as { ok?: boolean }).ok && !schemaAccepts(c) ? 'accepted a payload its schema refuses' : null);
        if (problem) failures.push(`${problem}\n    ${show(c)}\n    ${targetErrors.slice(errorsBefore).join('\n    ')}`);
        if (c.action === LEAVES && (reply as { ok?: boolean }).ok) {
          await send({ action: 'me.get', caller: c.caller, payload: {}, requestId: undefined });
        }
        const after = await fingerprint(db, tables);
        if ((reply as { ok?: boolean }).ok === false) {
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (changed.length) failures.push(`refusal changed ${changed.join(', ')}: ${JSON.stringify(reply)}\n    ${show(c)}`);
        }
        before = after;
      }
      console.log(`contract fuzz on ${dialect}: ${answered} calls answered, ${Object.keys(actions).length} actions × ${CASES_PER_ACTION} cases, seed ${SEED}`);
      expect(failures).toEqual([]);
    },
    15 * 60_000,
  );
});
