import { composeApp } from './app';
import { loadCheckinCodes } from './core/checkin-code';
import type { Runtime } from './core/runtime';
import { connect } from './db/connect';
import { assertSchemaCurrent, migrateToLatest } from './db/migrations';
import { seedIfEmpty } from './db/seed';
import { withoutBusyWait } from './db/sqlite';
import type { Platform } from './platform/types';

const app = composeApp();

export interface RuntimeOptions {
  databaseUrl?: string;
  platform: Platform;
  /** Seed the demo data into an empty database (only where the schema is migrated here, see `schema`). */
  seedDemo: boolean;
  /** MySQL connections this process may open (cloud/db/mysql.ts). */
  poolSize?: number;
  /**
   * 'migrate' (default; the local host, tests): bring the schema up to date and seed when asked, at start.
   * 'verify' (a cloud instance): only check that the deploy step has brought the schema up to date, in one read, and
   * throw SchemaBehind otherwise — migrating and seeding take longer than an ordinary invocation may (see main.ts).
   */
  schema?: 'migrate' | 'verify';
}

export interface Prepared {
  /** Migrations this start ran. */
  migrated: string[];
  /** Whether this start seeded the demo data. */
  seeded: boolean;
}

/**
 * Connects, readies the schema (see `schema`), loads the keys the app keeps in its database (made on the first start)
 * and, when asked, seeds the demo data into an empty database. Safe when several instances start at once: migrations
 * run under a lock, the keys and the seed are claimed by a unique key (cloud/db/settings.ts, cloud/db/seed).
 * NUANXIN_SECRET, when set, overrides the stored check-in code key. A start that fails closes its connections.
 */
export async function createRuntime(opts: RuntimeOptions): Promise<Runtime> {
  return (await openRuntime(opts)).rt;
}

/** createRuntime, also saying what this start did. */
export async function openRuntime(opts: RuntimeOptions): Promise<{ rt: Runtime } & Prepared> {
  const db = connect(opts.databaseUrl, { poolSize: opts.poolSize });
  try {
    // SQLite: other instances may hold the write lock for a while (their migrations, their seed); start-up polls for
    // it rather than block this process in the driver (see withoutBusyWait).
    return await withoutBusyWait(db, async () => {
      const verifyOnly = opts.schema === 'verify';
      let migrated: string[] = [];
      if (verifyOnly) await assertSchemaCurrent(db, app.migrations);
      else migrated = await migrateToLatest(db, app.migrations);
      const checkinCodes = await loadCheckinCodes(db, process.env.NUANXIN_SECRET);
      const rt: Runtime = { db, platform: opts.platform, checkinCodes, handlers: app.handlers, jobs: app.jobs, pushCredits: app.pushCredits, pushes: app.pushes };
      const seeded = !verifyOnly && opts.seedDemo && (await seedDemo(rt, 'all'));
      if (seeded) opts.platform.log.info('seeded demo data');
      return { rt, migrated, seeded };
    });
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
}

/** The deploy step on a runtime that is already up: migrations the database lacks, then the seed when asked. */
export async function prepareDatabase(rt: Runtime, seedDemoData: boolean): Promise<Prepared> {
  const migrated = await migrateToLatest(rt.db, app.migrations);
  const seeded = seedDemoData && (await seedDemo(rt, 'all'));
  if (seeded) rt.platform.log.info('seeded demo data');
  return { migrated, seeded };
}

/** Seeds an empty database with the features' demo data (`base`: only places and the seeded people, as tests do). */
export function seedDemo(rt: Runtime, only: 'all' | 'base'): Promise<boolean> {
  return seedIfEmpty(rt.db, rt.platform.clock.now(), app.seeders, only);
}
