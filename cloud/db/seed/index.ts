import { seedDemoEvents } from '../../features/events/seed';
import { seedRequests } from '../../features/requests/seed';
import type { Db } from '../tx';
import { seedVenues } from '../../features/venues/seed';
import { seedPeople, seedRegions } from './people';

interface Seeder {
  name: string;
  /** Base seeders (places and the seeded people) also run for tests; the rest is demo content. */
  base?: boolean;
  run(db: Db, now: Date): Promise<void>;
}

/** Demo data, in order. A feature appends its seeder; each runs once, on an empty database. */
const seeders: Seeder[] = [
  { name: 'regions', base: true, run: (db) => seedRegions(db) },
  { name: 'people', base: true, run: seedPeople },
  { name: 'venues', run: seedVenues },
  { name: 'events', run: seedDemoEvents },
  { name: 'requests', run: seedRequests },
];

/** Seeds when the database has no districts yet; returns whether it did. */
export async function seedDemoIfEmpty(db: Db, now: Date, only: 'all' | 'base' = 'all'): Promise<boolean> {
  const any = await db.selectFrom('districts').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    for (const s of seeders) if (only === 'all' || s.base) await s.run(trx, now);
  });
  return true;
}
