import { connect } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { seedDemoIfEmpty } from './db/seed';
import type { Platform } from './platform/types';
import type { Runtime } from './router/router';

/** Connects, migrates to the latest schema and, when asked, seeds the demo data into an empty database. */
export async function createRuntime(opts: { databaseUrl?: string; platform: Platform; seedDemo: boolean }): Promise<Runtime> {
  const db = connect(opts.databaseUrl);
  await migrateToLatest(db);
  if (opts.seedDemo && (await seedDemoIfEmpty(db, opts.platform.clock.now()))) {
    opts.platform.log.info('seeded demo data');
  }
  return { db, platform: opts.platform };
}
