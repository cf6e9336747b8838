import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import { dialectOf } from './dialect';
import type { Db } from './tx';

/**
 * Fewer round trips while a hot row is locked. On MySQL a round trip to the server costs about a millisecond from a
 * cloud function, and every one made between the lock and COMMIT is time every other caller of that row waits
 * (TOOLCHAIN.md). The MySQL driver (cloud/db/mysql.ts) reads these markers; on SQLite (in-process, no round trips)
 * the statements simply run one after another.
 */
export const BATCH_MARK = '/* nuanxin:batch */ ';
export const DEFER_MARK = '/* nuanxin:defer */ ';
export const COMMIT_MARK = '/* nuanxin:commit */ ';
/** How the driver joins a batch's statements (the bench counts statements by it). */
export const STATEMENT_SEPARATOR = ';\n';

/** Sends the statements in one round trip on MySQL and returns each one's result, in order. A failing one stops the rest. */
export async function batch(db: Db, queries: readonly Compilable[]): Promise<QueryResult<unknown>[]> {
  const compiled = queries.map((q) => q.compile());
  if (dialectOf(db) === 'sqlite' || compiled.length === 1) {
    const out: QueryResult<unknown>[] = [];
    for (const c of compiled) out.push(await db.executeQuery(c));
    return out;
  }
  const joined = CompiledQuery.raw(BATCH_MARK + compiled.map((c) => c.sql).join(STATEMENT_SEPARATOR), compiled.flatMap((c) => [...c.parameters]));
  return (await db.executeQuery(joined)).rows as QueryResult<unknown>[];
}

/**
 * MySQL, inside a transaction: the statements (after the writes deferred so far) and COMMIT in one round trip, so a hot
 * row the first one locks is released in the same trip, with no round trip and no turn of the event loop in between.
 * The transaction ends with it: the driver sends nothing more for it (a later statement in it throws). A failing
 * statement stops the rest, COMMIT included, and the transaction rolls back as usual. Returns each statement's result.
 */
export async function batchAndCommit(db: Db, statements: readonly CompiledQuery[]): Promise<QueryResult<unknown>[]> {
  if (!db.isTransaction || dialectOf(db) !== 'mysql') throw new Error('batchAndCommit: only inside a MySQL transaction');
  const joined = CompiledQuery.raw(COMMIT_MARK + statements.map((c) => c.sql).join(STATEMENT_SEPARATOR), statements.flatMap((c) => [...c.parameters]));
  return (await db.executeQuery(joined)).rows as QueryResult<unknown>[];
}

/**
 * A write whose result nobody reads (an audit row, an idempotency key's result): inside a MySQL transaction it goes to
 * the server with the transaction's next statement — usually COMMIT itself — instead of in a round trip of its own.
 * If it fails, the statement it travels with is not run, the transaction does not commit, and the error is thrown
 * from there. Elsewhere it runs at once.
 */
export async function deferWrite(db: Db, query: Compilable): Promise<void> {
  const c = query.compile();
  if (!db.isTransaction || dialectOf(db) === 'sqlite') {
    await db.executeQuery(c);
    return;
  }
  await db.executeQuery(CompiledQuery.raw(DEFER_MARK + c.sql, [...c.parameters]));
}
