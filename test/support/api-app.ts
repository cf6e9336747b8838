import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActionInput, ActionName, ActionResult, Envelope } from '../../types';
import type { Db } from '../../cloud/db/tx';
import { ManualClock } from '../../cloud/platform/clock';
import { createLocalPlatform, type LocalPlatform } from '../../cloud/platform/local';
import { silentLogger } from '../../cloud/platform/log';
import { subscribeTemplates } from '../../cloud/platform/subscribe/templates';
import { dispatch, type Runtime } from '../../cloud/router/router';
import { createRuntime, seedDemo } from '../../cloud/runtime';
import { createTestDatabase, type TestDatabase } from './databases';

export interface TestApp {
  dialect: 'sqlite' | 'mysql';
  rt: Runtime;
  db: Db;
  clock: ManualClock;
  platform: LocalPlatform;
  /** The envelope, exactly as the cloud function would return it. */
  call(openid: string | undefined, action: string, payload?: unknown, requestId?: string): Promise<Envelope<unknown>>;
  /** Typed call that must succeed; fails the test with the error otherwise. */
  ok<A extends ActionName>(openid: string, action: A, payload: ActionInput<A>, requestId?: string): Promise<ActionResult<A>>;
  close(): Promise<void>;
}

/**
 * The real router against a real, freshly migrated database with the places and seeded people (no demo content).
 * The clock is manual: tests move time explicitly.
 */
export async function createTestApp(
  dialect: 'sqlite' | 'mysql',
  opts: { now?: string; seed?: 'base' | 'all'; templates?: Parameters<typeof subscribeTemplates>[0] } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase(dialect);
  const clock = new ManualClock(opts.now ?? '2026-11-25T02:00:00.000Z');
  // A temp folder for uploaded files: a MySQL URL is no place on disk.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-files-'));
  const platform = createLocalPlatform({ clock, dataDir, log: silentLogger, templates: subscribeTemplates(opts.templates ?? {}) });
  const rt = await createRuntime({ databaseUrl: database.url, platform, seedDemo: false });
  await seedDemo(rt, opts.seed ?? 'base');
  const call: TestApp['call'] = (openid, action, payload, requestId) =>
    dispatch(rt, { action, payload, requestId }, { devOpenId: openid });
  return {
    dialect,
    rt,
    db: rt.db,
    clock,
    platform,
    call,
    async ok(openid, action, payload, requestId) {
      const res = await call(openid, action, payload, requestId);
      if (!res.ok) throw new Error(`${action} failed: ${res.error.code} ${res.error.message}`);
      return res.data as ActionResult<typeof action>;
    },
    async close() {
      await rt.db.destroy();
      await database.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table: to assert that a refused request changed nothing. */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_')).sort();
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows: unknown[] = await (db as any).selectFrom(t).selectAll().execute();
    out[t] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Every message people were sent (what 我的 → 消息通知 shows), oldest first, with whom it went to and what became of it. */
export function inbox(db: Db) {
  return db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['notifications.id', 'users.openid', 'notifications.kind', 'notifications.title', 'notifications.body', 'notifications.status'])
    .orderBy('notifications.id')
    .execute();
}
