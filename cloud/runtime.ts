import { composeApp } from './app';
import { loadCheckinCodes } from './core/checkin-code';
import type { Runtime } from './core/runtime';
import { connect } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { seedIfEmpty } from './db/seed';
import type { Platform } from './platform/types';

const app = composeApp();

/**
 * Connects, migrates to the latest schema, loads the keys the app keeps in its database (made on the first start) and,
 * when asked, seeds the demo data into an empty database. Safe when several instances start at once.
 * NUANXIN_SECRET, when set, overrides the stored check-in code key.
 */
export async function createRuntime(opts: { databaseUrl?: string; platform: Platform; seedDemo: boolean }): Promise<Runtime> {
  const db = connect(opts.databaseUrl);
  await migrateToLatest(db, app.migrations);
  const checkinCodes = await loadCheckinCodes(db, process.env.NUANXIN_SECRET);
  const rt: Runtime = { db, platform: opts.platform, checkinCodes, handlers: app.handlers, jobs: app.jobs };
  if (opts.seedDemo && (await seedDemo(rt, 'all'))) opts.platform.log.info('seeded demo data');
  return rt;
}

/** Seeds an empty database with the features' demo data (`base`: only places and the seeded people, as tests do). */
export function seedDemo(rt: Runtime, only: 'all' | 'base'): Promise<boolean> {
  return seedIfEmpty(rt.db, rt.platform.clock.now(), app.seeders, only);
}
