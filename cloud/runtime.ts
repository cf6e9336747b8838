import { connect } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { seedDemoIfEmpty } from './db/seed';
import { loadCheckinCodes } from './lib/checkin-code';
import type { Platform } from './platform/types';
import type { Runtime } from './router/router';

/**
 * Connects, migrates to the latest schema, loads the keys the app keeps in its database (made on the first start) and,
 * when asked, seeds the demo data into an empty database. Safe when several instances start at once.
 * NUANXIN_SECRET, when set, overrides the stored check-in code key.
 */
export async function createRuntime(opts: { databaseUrl?: string; platform: Platform; seedDemo: boolean }): Promise<Runtime> {
  const db = connect(opts.databaseUrl);
  await migrateToLatest(db);
  const checkinCodes = await loadCheckinCodes(db, process.env.NUANXIN_SECRET);
  if (opts.seedDemo && (await seedDemoIfEmpty(db, opts.platform.clock.now()))) {
    opts.platform.log.info('seeded demo data');
  }
  return { db, platform: opts.platform, checkinCodes };
}
