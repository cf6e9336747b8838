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
 * Transactions: BEGIN … COMMIT on the one connection, held from BEGIN to COMMIT — committed in groups (below).
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

/** The most transactions one COMMIT makes durable together (each waits for it: a bound on that wait). */
export const GROUP_COMMIT_MAX = 64;

/**
 * Group commit. A COMMIT costs more than a sign-up's other statements together (every page the transaction dirtied
 * is written to the WAL), and the transactions of a burst dirty the same pages (the event's row, the tails of the
 * indexes). So a transaction is a savepoint inside one open transaction: its COMMIT releases the savepoint, hands the
 * connection on, and resolves only when the group's COMMIT has run — on the event loop's next turn (the calls that
 * arrived meanwhile join the group), or at once after GROUP_COMMIT_MAX transactions. Nobody is told a change is made
 * before it is durable; a transaction that fails rolls back to its savepoint alone. If SQLite abandons the whole
 * transaction (an I/O error, a full disk), every transaction of the group fails with it.
 * Outside a transaction, a read runs inside the open group (it may see a change whose COMMIT is on its way); a write
 * first commits the group.
 */
class FastSqliteDriver implements Driver {
  readonly #connection: FastSqliteConnection;
  readonly #database: BetterSqlite3.Database;
  #held = false;
  /** Waiters for the connection, in arrival order (a ring would do; shifting a short array is cheap enough). */
  readonly #waiting: (() => void)[] = [];
  /** The open group's transactions waiting for its COMMIT; null when no group is open. */
  #group: { resolve: () => void; reject: (err: unknown) => void }[] | null = null;
  /** A transaction is between its savepoint and its release: the group cannot commit now. */
  #midTransaction = false;
  #commitSoon: NodeJS.Immediate | null = null;
  /** The group's turn came mid-transaction: it commits when that transaction ends. */
  #commitDue = false;

  constructor(database: BetterSqlite3.Database) {
    this.#database = database;
    this.#connection = new FastSqliteConnection(database, (isReader) => {
      if (!isReader) this.#commitGroup();
    });
  }

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(new Lease(this.#connection));
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(new Lease(this.#connection))));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if ((connection as Lease).handedOn) return;
    (connection as Lease).handedOn = true;
    this.#handOn();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#group) {
      this.#connection.raw('begin');
      this.#group = [];
    }
    this.#connection.raw('savepoint nx_call');
    (connection as Lease).inTransaction = true;
    this.#midTransaction = true;
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    try {
      this.#connection.raw('release nx_call');
    } catch (err) {
      return Promise.reject(err);
    }
    lease.inTransaction = false;
    this.#midTransaction = false;
    const group = this.#group!;
    const done = new Promise<void>((resolve, reject) => group.push({ resolve, reject }));
    if (this.#commitDue || group.length >= GROUP_COMMIT_MAX) this.#commitGroup();
    else this.#commitOnNextTurn();
    lease.handedOn = true;
    this.#handOn();
    return done;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const lease = connection as Lease;
    // Handed on already: its COMMIT was what failed, with the whole group (nothing of it is left to roll back).
    if (lease.handedOn || !lease.inTransaction) return;
    lease.inTransaction = false;
    this.#midTransaction = false;
    if (!this.#database.inTransaction) return this.#failGroup(new Error('SQLite rolled the transaction back'));
    this.#connection.raw('rollback to nx_call');
    this.#connection.raw('release nx_call');
    if (this.#commitDue) this.#commitGroup();
  }

  async destroy(): Promise<void> {
    this.#commitGroup();
    this.#connection.forget();
    this.#database.close();
  }

  /** The connection passes to the next in line. */
  #handOn(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }

  #commitOnNextTurn(): void {
    if (this.#commitSoon) return;
    this.#commitSoon = setImmediate(() => {
      this.#commitSoon = null;
      if (this.#midTransaction) this.#commitDue = true;
      else this.#commitGroup();
    });
  }

  #commitGroup(): void {
    this.#commitDue = false;
    if (this.#commitSoon) clearImmediate(this.#commitSoon);
    this.#commitSoon = null;
    const group = this.#group;
    if (!group) return;
    if (!this.#database.inTransaction) return this.#failGroup(new Error('SQLite rolled the transaction back'));
    try {
      this.#connection.raw('commit');
    } catch (err) {
      if (this.#database.inTransaction) this.#connection.raw('rollback');
      return this.#failGroup(err);
    }
    this.#group = null;
    for (const t of group) t.resolve();
  }

  #failGroup(err: unknown): void {
    const group = this.#group ?? [];
    this.#group = null;
    for (const t of group) t.reject(err);
  }
}

/** One holder's use of the connection (a transaction, or a statement outside one). */
class Lease implements DatabaseConnection {
  inTransaction = false;
  /** The connection has passed on from this holder (released, or handed on when its COMMIT joined the group). */
  handedOn = false;
  constructor(private readonly connection: FastSqliteConnection) {}
  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.connection.executeQuery(query, this.inTransaction);
  }
  streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    return this.connection.streamQuery(query);
  }
}

class FastSqliteConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(
    db: BetterSqlite3.Database,
    /** Called before a statement runs outside a transaction (with whether it only reads). */
    private readonly beforeAlone: (isReader: boolean) => void,
  ) {
    this.#db = db;
  }

  /** A statement of the driver's own (transaction control); throws as SqliteFailure. */
  raw(text: string): void {
    try {
      this.#prepare(text).run();
    } catch (err) {
      throw asFailure(err);
    }
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

  executeQuery<R>(compiledQuery: CompiledQuery, inTransaction: boolean): Promise<QueryResult<R>> {
    try {
      const stmt = this.#prepare(compiledQuery.sql);
      if (!inTransaction) this.beforeAlone(stmt.reader);
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
