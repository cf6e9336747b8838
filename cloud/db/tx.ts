import type { Kysely, Transaction } from 'kysely';
import { isRetryableLock } from './dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Runs `fn` in a transaction, reusing the caller's one when there is one (an idempotent create wraps its service).
 * On SQLite the first statement must be a write (DESIGN.md): services open with their gate or lock UPDATE.
 * MySQL deadlocks are retried a few times: InnoDB picks a victim when gap locks cross.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (err) {
      if (attempt >= 5 || !isRetryableLock(err)) throw err;
    }
  }
}
