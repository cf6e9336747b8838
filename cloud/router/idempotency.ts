import { conflict, invalid } from '../core/errors';
import { deferWrite } from '../db/batch';
import { isUniqueViolation } from '../db/dialect';
import { inTransaction, type Db } from '../db/tx';

class Replay extends Error {}

/**
 * Runs a create once per (user, requestId). The key row is the transaction's first write, so on SQLite the
 * transaction starts as a writer, and on MySQL a concurrent replay waits on the key and then reads the first result.
 * If the create fails, the key rolls back with it and a retry runs again.
 */
export async function once<T>(
  db: Db,
  key: { userId: number; requestId: string; action: string; at: Date },
  create: (trx: Db) => Promise<T>,
): Promise<T> {
  try {
    return await inTransaction(db, async (trx) => {
      try {
        await trx
          .insertInto('idempotency_keys')
          .values({ user_id: key.userId, request_id: key.requestId, action: key.action, result: null, created_at: key.at.toISOString() })
          .execute();
      } catch (err) {
        if (isUniqueViolation(err)) throw new Replay();
        throw err;
      }
      const result = await create(trx);
      // Goes to the server with COMMIT (cloud/db/batch.ts): the create's locks are not held a round trip longer for it.
      await deferWrite(
        trx,
        trx.updateTable('idempotency_keys').set({ result: JSON.stringify(result ?? null) }).where('user_id', '=', key.userId).where('request_id', '=', key.requestId),
      );
      return result;
    });
  } catch (err) {
    if (!(err instanceof Replay)) throw err;
  }
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['action', 'result'])
    .where('user_id', '=', key.userId)
    .where('request_id', '=', key.requestId)
    .executeTakeFirst();
  if (!row || row.result === null) throw conflict('上一次提交仍在处理中，请稍后再试');
  if (row.action !== key.action) throw invalid('请求编号已被其他操作使用', 'requestId');
  return JSON.parse(row.result) as T;
}
