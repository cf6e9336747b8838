import { CompiledQuery } from 'kysely';

/**
 * An idempotent create (cloud/router/idempotency.ts `once`) whose result only the database knows when its last batch
 * is sent (an arrival number given out under a row lock, in a batch that also commits): the batch keeps the result in
 * the key's row itself, computed in SQL, and the create marks what it returns so `once` does not write it again.
 */
const KEPT = Symbol('kept by the batch that committed it');

export function keptByItsBatch<T extends object>(result: T): T {
  Object.defineProperty(result, KEPT, { value: true, enumerable: false });
  return result;
}

export const isKeptByItsBatch = (result: unknown): boolean => typeof result === 'object' && result !== null && KEPT in result;

/** MySQL: the key's result is `json` (an SQL expression giving JSON text, with its own parameters) when `when` holds. */
export function keepResultIn(key: { userId: number; requestId: string }, json: CompiledQuery, when: string): CompiledQuery {
  return CompiledQuery.raw(`update idempotency_keys set result = (${json.sql}) where user_id = ? and request_id = ? and ${when}`, [
    ...json.parameters,
    key.userId,
    key.requestId,
  ]);
}

/** MySQL: the key goes when `when` holds — the create changed nothing, as if it had rolled back, and a retry runs again. */
export function dropKeyIn(key: { userId: number; requestId: string }, when: string): CompiledQuery {
  return CompiledQuery.raw(`delete from idempotency_keys where user_id = ? and request_id = ? and ${when}`, [key.userId, key.requestId]);
}
