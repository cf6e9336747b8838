import { conflict, invalid } from '../core/errors';
import { deferWrite } from '../db/batch';
import { isUniqueViolation } from '../db/dialect';
import { fixedQuery } from '../db/fixed';
import { isKeptByItsBatch } from '../db/kept-result';
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
        await claimKey(trx, { userId: key.userId, requestId: key.requestId, action: key.action, at: key.at.toISOString() }).run();
      } catch (err) {
        if (isUniqueViolation(err)) throw new Replay();
        throw err;
      }
      const result = await create(trx);
      if (isKeptByItsBatch(result)) return result;
      // Goes to the server with COMMIT (cloud/db/batch.ts): the create's locks are not held a round trip longer for it.
      await deferWrite(trx, keepResult(trx, { result: JSON.stringify(result ?? null), userId: key.userId, requestId: key.requestId }));
      return result;
    });
  } catch (err) {
    if (!(err instanceof Replay)) throw err;
  }
  const row = await firstResult(db, { userId: key.userId, requestId: key.requestId }).executeTakeFirst();
  if (!row || row.result === null) throw conflict('上一次提交仍在处理中，请稍后再试');
  if (row.action !== key.action) throw invalid('请求编号已被其他操作使用', 'requestId');
  return JSON.parse(row.result) as T;
}

const claimKey = fixedQuery((db, p: { userId: number; requestId: string; action: string; at: string }) =>
  db.insertInto('idempotency_keys').values({ user_id: p.userId, request_id: p.requestId, action: p.action, result: null, created_at: p.at }),
);
const keepResult = fixedQuery((db, p: { result: string; userId: number; requestId: string }) =>
  db.updateTable('idempotency_keys').set({ result: p.result }).where('user_id', '=', p.userId).where('request_id', '=', p.requestId),
);
const firstResult = fixedQuery((db, p: { userId: number; requestId: string }) =>
  db.selectFrom('idempotency_keys').select(['action', 'result']).where('user_id', '=', p.userId).where('request_id', '=', p.requestId),
);
