import type { Db } from '../tx';

/** Demo data a feature brings. `base` seeders (places, the seeded people) also run for tests; the rest is demo content. */
export interface Seeder {
  name: string;
  base?: boolean;
  run(db: Db, now: Date): Promise<void>;
}

/**
 * Seeds when the database has no districts yet; returns whether it did. Seeders come from the features, in their
 * order; `base` runs only the base ones (places and seeded people), as tests do.
 */
export async function seedIfEmpty(db: Db, now: Date, seeders: Seeder[], only: 'all' | 'base' = 'all'): Promise<boolean> {
  const any = await db.selectFrom('districts').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await db.transaction().execute(async (trx) => {
    for (const s of seeders) if (only === 'all' || s.base) await s.run(trx, now);
  });
  return true;
}
