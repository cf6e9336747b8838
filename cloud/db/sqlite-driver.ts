import { CompiledQuery, SelectQueryNode, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Kysely's SQLite dialect with the driver the local host needs under a burst (bench/rush.bench.ts). Kysely's own
 * driver costs more than the SQLite work it wraps:
 * - it prepares every statement anew, and parsing and planning a statement took longer than running it: here the
 *   prepared statements are kept, by their exact text (placeholders carry the values, so a text is one statement);
 * - its connection lock wakes every waiter on each release and all but one go back to sleep, so with hundreds of
 *   calls queued each release costs hundreds of wake-ups: here the lock is handed to the next waiter, first come first
 *   served.
 * Transactions are Kysely's (BEGIN … COMMIT on the one connection, held from BEGIN to COMMIT).
 *
 * Errors leave the driver as this module's `SqliteFailure` (an Error with SQLite's `code`): better-sqlite3 throws
 * its own SqliteError, which is not a real Error object (a plain constructor whose prototype points at Error's) and
 * which the native module creates with the constructor of the first copy of better-sqlite3 loaded in the process.
 * Where the JavaScript is loaded more than once in one process (jest loads it anew for each test file, but the native
 * module once), an error from it then belongs to another realm, fails `instanceof Error` and is not recognised as an
 * error at all (test/api/db/deadline.test.ts saw a rejected transaction as "did not throw").
 */
export class FastSqliteDialect extends SqliteDialect {
  readonly #database: BetterSqlite3.Database;

  constructor(database: BetterSqlite3.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new FastSqliteDriver(this.#database);
  }
}

/** An error from SQLite: `code` is SQLite's extended result code name (SQLITE_CONSTRAINT_UNIQUE, SQLITE_BUSY, …). */
export class SqliteFailure extends Error {
  readonly code: string;
  constructor(message: string, code: string, cause: unknown) {
    super(message, { cause });
    this.name = 'SqliteError';
    this.code = code;
  }
}

function asFailure(err: unknown): unknown {
  const e = err as { message?: unknown; code?: unknown } | null;
  if (err instanceof SqliteFailure || !e || typeof e.code !== 'string' || !e.code.startsWith('SQLITE_')) return err;
  return new SqliteFailure(String(e.message), e.code, err);
}

/** Prepared statements kept, most recently used last. Texts vary only by shape (e.g. the length of an IN list). */
export const CACHED_STATEMENTS = 500;
/** A statement that changes the schema empties the cache (SQLite re-prepares on its own; this is belt and braces). */
const DDL = /^\s*(create|alter|drop)\b/i;

class FastSqliteDriver implements Driver {
  readonly #connection: FastSqliteConnection;
  readonly #database: BetterSqlite3.Database;
  #held = false;
  /** Waiters for the connection, in arrival order (a ring would do; shifting a short array is cheap enough). */
  readonly #waiting: (() => void)[] = [];

  constructor(database: BetterSqlite3.Database) {
    this.#database = database;
    this.#connection = new FastSqliteConnection(database);
  }

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#connection);
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(this.#connection)));
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next(); // still held: it passes to the next in line
    else this.#held = false;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    this.#connection.forget();
    this.#database.close();
  }
}

class FastSqliteConnection implements DatabaseConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  forget(): void {
    this.#statements.clear();
  }

  #prepare(text: string): BetterSqlite3.Statement {
    const cached = this.#statements.get(text);
    if (cached) {
      this.#statements.delete(text);
      this.#statements.set(text, cached);
      return cached;
    }
    const stmt = this.#db.prepare(text);
    if (DDL.test(text)) {
      this.#statements.clear();
      return stmt;
    }
    if (this.#statements.size >= CACHED_STATEMENTS) this.#statements.delete(this.#statements.keys().next().value as string);
    this.#statements.set(text, stmt);
    return stmt;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      const stmt = this.#prepare(compiledQuery.sql);
      const parameters = compiledQuery.parameters as unknown[];
      if (stmt.reader) return Promise.resolve({ rows: stmt.all(parameters) as R[] });
      const { changes, lastInsertRowid } = stmt.run(parameters);
      return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
    } catch (err) {
      return Promise.reject(asFailure(err));
    }
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    // Its own statement: an iterating statement cannot run anything else until the iteration ends.
    let iter: IterableIterator<unknown>;
    try {
      iter = this.#db.prepare(compiledQuery.sql).iterate(compiledQuery.parameters as unknown[]);
    } catch (err) {
      throw asFailure(err);
    }
    for (const row of iter) yield { rows: [row as R] };
  }
}
