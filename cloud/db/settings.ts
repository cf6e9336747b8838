import { isUniqueViolation } from './dialect';
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
  try {
    await db.insertInto('app_settings').values({ name, value: make() }).execute();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
  const stored = await read(db, name);
  if (stored === undefined) throw new Error(`app setting ${name} could not be stored`);
  return stored;
}
