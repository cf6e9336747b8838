import type { Db } from '../tx';
import { seedPeople, seedRegions } from './people';

/** Demo data, in order. A feature appends its seeder; each runs once, on an empty database. */
const seeders: { name: string; run(db: Db, now: Date): Promise<void> }[] = [
  { name: 'regions', run: (db) => seedRegions(db) },
  { name: 'people', run: seedPeople },
];

/** Seeds when the database has no districts yet; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, now: Date): Promise<boolean> {
  const any = await db.selectFrom('districts').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    for (const s of seeders) await s.run(trx, now);
  });
  return true;
}
