import type { Kysely, Transaction } from 'kysely';
import { callRemainingMs } from './deadline';
import { isRetryableLock, lostTransactionOf } from './dialect';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Runs `fn` in a transaction, reusing the caller's one when there is one (an idempotent create wraps its service).
 * On SQLite the first statement must be a write (DESIGN.md): services open with their gate or lock UPDATE.
 * MySQL deadlocks are retried a few times: InnoDB picks a victim when gap locks cross. A transaction whose connection
 * died before COMMIT was rolled back by the server and runs once more on a fresh connection (cloud/db/mysql.ts); one
 * that died under COMMIT may have committed and is never run again.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  let reconnected = false;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (err) {
      if (lostTransactionOf(err) === 'rolled-back' && !reconnected) {
        reconnected = true;
        continue;
      }
      if (attempt >= 5 || !isRetryableLock(err) || (callRemainingMs() ?? 1) <= 0) throw err;
    }
  }
}
