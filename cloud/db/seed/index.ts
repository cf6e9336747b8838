import { isRetryableLock, isUniqueViolation } from '../dialect';
import { withoutBusyWait } from '../sqlite';
import type { Db } from '../tx';

/** Demo data a feature brings. `base` seeders (places, the seeded people) also run for tests; the rest is demo content. */
export interface Seeder {
  name: string;
  base?: boolean;
  run(db: Db, now: Date): Promise<void>;
}

/** The `app_settings` row that says the seed ran (or is running): whoever inserts it seeds. */
export const SEED_MARK = 'seed';

/** How long a starting instance waits for another one's seed to commit before it gives up (and fails to start). */
const WAIT_MS = 60_000;
const POLL_MS = 25;

/**
 * Seeds an empty database once, however many instances start at once; returns whether this one did. Seeders come from
 * the features, in their order; `base` runs only the base ones (places and seeded people), as tests do.
 *
 * Why a marker row in the seed's own transaction: the seed is many inserts, and two of them running side by side
 * deadlock on MySQL's gap locks or trip the unique keys (康巴什区 twice). So the transaction's first statement inserts
 * `app_settings('seed')`, whose primary key lets one writer in:
 * - MySQL: the others' identical inserts wait on the winner's row lock until it commits (then fail as duplicates:
 *   seeded, and visible, since the wait ended with the commit) or rolls back (then one of them takes over). Nobody
 *   reads "empty" from a snapshot taken while the winner was still writing.
 * - SQLite: the insert makes the transaction a writer; the others find the write lock taken (SQLITE_BUSY, with
 *   busy_timeout off so one process's wait cannot block a second runtime in it) and poll until the winner commits,
 *   then fail as duplicates.
 * It needs nothing MySQL-only (GET_LOCK would leave SQLite to another mechanism), commits the marker with the data or
 * not at all, and a database seeded before the marker existed is recognised by its districts.
 */
export async function seedIfEmpty(db: Db, now: Date, seeders: Seeder[], only: 'all' | 'base' = 'all'): Promise<boolean> {
  const marked = await db.selectFrom('app_settings').select('name').where('name', '=', SEED_MARK).executeTakeFirst();
  if (marked) return false;
  return withoutBusyWait(db, async () => {
    const giveUpAt = Date.now() + WAIT_MS;
    for (;;) {
      try {
        return await db.transaction().execute(async (trx) => {
          try {
            await trx.insertInto('app_settings').values({ name: SEED_MARK, value: `${only} ${now.toISOString()}` }).execute();
          } catch (err) {
            if (isUniqueViolation(err)) return false;
            throw err;
          }
          const seededBefore = await trx.selectFrom('districts').select('id').limit(1).executeTakeFirst();
          if (seededBefore) return false;
          for (const s of seeders) if (only === 'all' || s.base) await s.run(trx, now);
          return true;
        });
      } catch (err) {
        // SQLite: another instance holds the write lock. MySQL: a deadlock among the waiters after a winner rolled
        // back, or a wait longer than innodb_lock_wait_timeout.
        if (!(isRetryableLock(err) || isLockWaitTimeout(err)) || Date.now() > giveUpAt) throw err;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    }
  });
}

const isLockWaitTimeout = (err: unknown) => (err as { errno?: number } | null)?.errno === 1205;
