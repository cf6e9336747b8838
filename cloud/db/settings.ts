import { isRetryableLock, isUniqueViolation } from './dialect';

const WAIT_MS = 60_000;
const POLL_MS = 25;
import type { Db } from './tx';

async function read(db: Db, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_settings').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/**
 * A value the app makes once and keeps (`app_settings`), made by `make` the first time it is asked for. Several
 * instances may start at once on a fresh database: each inserts its own value, the primary key lets exactly one row in,
 * and the others — refused with a unique violation (no `onConflict` on MySQL) — read the winner's. Everyone ends with
 * the same value.
 */
export async function settingOrCreate(db: Db, name: string, make: () => string): Promise<string> {
  const existing = await read(db, name);
  if (existing !== undefined) return existing;
  const giveUpAt = Date.now() + WAIT_MS;
  for (;;) {
    try {
      await db.insertInto('app_settings').values({ name, value: make() }).execute();
      break;
    } catch (err) {
      if (isUniqueViolation(err)) break;
      // SQLite: another instance holds the write lock (start-up runs with busy_timeout off, see runtime.ts).
      if (!isRetryableLock(err) || Date.now() > giveUpAt) throw err;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  const stored = await read(db, name);
  if (stored === undefined) throw new Error(`app setting ${name} could not be stored`);
  return stored;
}
