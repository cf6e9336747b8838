import { Kysely, MysqlDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, type TransactionSettings } from 'kysely';
import type { Pool, PoolConnection } from 'mysql2';
import { BATCH_MARK, COMMIT_MARK, DEFER_MARK, STATEMENT_SEPARATOR } from './batch';
import { CallOverDeadline, callDue, callRemainingMs } from './deadline';
import { LOST_TRANSACTION, isConnectionLost, wasNeverSent, type LostTransaction } from './dialect';
import type { Database } from './schema';
import { UrgencyGate } from './urgency-gate';

/** Connections one process keeps when the caller does not say (the local host serves many requests at once). */
export const DEFAULT_POOL_SIZE = 10;

/**
 * MySQL / MariaDB through mysql2's callback pool (Kysely's MysqlDialect does not take mysql2/promise), with a driver
 * that survives a connection that died while the process was idle (see `Session`). `connectionLimit` is the most
 * connections this process opens: a cloud function instance serves one request at a time, and hundreds of instances
 * share the server's connection limit, so the cloud entry asks for 2 (NUANXIN_DB_POOL).
 */
export function connectMysql(url: string, connectionLimit = DEFAULT_POOL_SIZE): Kysely<Database> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql = require('mysql2') as typeof import('mysql2');
  const pool = mysql.createPool({
    uri: url,
    charset: 'utf8mb4',
    dateStrings: true,
    timezone: 'Z',
    connectionLimit,
    maxIdle: connectionLimit,
    enableKeepAlive: true,
    supportBigNumbers: true,
    // cloud/db/batch.ts sends several statements in one round trip. Every statement is Kysely's, with placeholders.
    multipleStatements: true,
  });
  return new Kysely<Database>({ dialect: new ResilientMysqlDialect(pool, new UrgencyGate(connectionLimit)) });
}

/** Kysely's MySQL adapter, query compiler and introspector, with our driver. */
class ResilientMysqlDialect extends MysqlDialect {
  readonly #pool: Pool;
  readonly #gate: UrgencyGate;
  constructor(pool: Pool, gate: UrgencyGate) {
    super({ pool: pool as never });
    this.#pool = pool;
    this.#gate = gate;
  }
  override createDriver(): Driver {
    return new ResilientMysqlDriver(this.#pool, this.#gate);
  }
}

class ResilientMysqlDriver implements Driver {
  constructor(
    private readonly pool: Pool,
    /** Who gets the next free connection: the most urgent call (cloud/db/urgency-gate.ts), not the first to ask. */
    private readonly gate: UrgencyGate,
  ) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.gate.enter(callDue(), callRemainingMs());
    try {
      return new Session(this.pool, await reserve(this.pool));
    } catch (err) {
      this.gate.leave();
      throw err;
    }
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as Session).begin(settings);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as Session).commit();
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as Session).rollback();
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as Session).release();
    this.gate.leave();
  }
  async destroy(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.pool.end((err) => (err ? reject(err) : resolve())));
  }
}

/** Statements that change nothing, so running one twice is the same as running it once. */
const READ_ONLY = /^\s*(select|show)\b/i;

/**
 * One reservation of a pooled connection (one query outside a transaction, or one whole transaction).
 *
 * A cloud function instance is frozen between invocations; meanwhile the server may close its idle connections
 * (wait_timeout, a restart, a KILL). The pool cannot know until it uses one, so the first statement of an invocation
 * can meet a dead connection. The rule for trying again — once, on a fresh connection — is that the statement must not
 * have taken effect:
 * - only the reservation's first statement, so no session state (a transaction, a GET_LOCK) is silently lost;
 * - and only if it is BEGIN, a read (SELECT/SHOW), or a statement the driver never sent. A write outside a transaction
 *   whose answer never came back may have committed: it is never repeated.
 * Inside a transaction nothing is repeated here. A connection lost before COMMIT means the server rolled the
 * transaction back, so the error is marked 'rolled-back' and `inTransaction` (tx.ts) may run the whole transaction
 * again; lost under COMMIT it is marked 'unknown' and never run again.
 */
class Session implements DatabaseConnection {
  private raw: PoolConnection | null;
  private sent = 0;
  private inTransaction = false;
  /** The transaction was committed by its last batch (cloud/db/batch.ts `batchAndCommit`): nothing more goes with it. */
  private committedEarly = false;
  /** Writes waiting to travel with the transaction's next statement (cloud/db/batch.ts `deferWrite`). */
  private deferred: { sql: string; parameters: readonly unknown[] }[] = [];

  constructor(
    private readonly pool: Pool,
    raw: PoolConnection,
  ) {
    this.raw = raw;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.committedEarly) throw new Error('This transaction was already committed by its last batch');
    if (query.sql.startsWith(DEFER_MARK) && this.inTransaction) {
      this.deferred.push({ sql: query.sql.slice(DEFER_MARK.length), parameters: query.parameters });
      return { rows: [] };
    }
    const commits = query.sql.startsWith(COMMIT_MARK) && this.inTransaction;
    const mark = commits ? COMMIT_MARK : query.sql.startsWith(BATCH_MARK) ? BATCH_MARK : '';
    const own = query.sql.slice(mark.length);
    const parts = own.split(STATEMENT_SEPARATOR);
    const { sql, parameters, ahead } = this.withDeferred(commits ? own + STATEMENT_SEPARATOR + 'commit' : own, query.parameters);
    const readOnly = !commits && ahead === 0 && parts.every((p) => READ_ONLY.test(p));
    // Lost under a batch that ends in COMMIT, the transaction may have committed: it is never run again.
    const result = await this.send(sql, parameters, readOnly, commits ? 'unknown' : 'rolled-back');
    if (commits) {
      this.inTransaction = false;
      this.committedEarly = true;
    }
    // mysql2 answers a multi-statement query with one result per statement.
    const results = ahead + parts.length + (commits ? 1 : 0) > 1 ? (result as unknown[]).slice(ahead, ahead + parts.length) : [result];
    if (mark) return { rows: results.map((r) => toResult(r)) as R[] };
    return toResult<R>(results[0]);
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported');
  }

  /**
   * BEGIN travels with the transaction's first statement, in its round trip (like a deferred write): one round trip less
   * per transaction. A connection lost on the way means the server never had, or rolled back, the transaction.
   */
  async begin(settings: TransactionSettings): Promise<void> {
    const parts = [settings.isolationLevel && `isolation level ${settings.isolationLevel}`, settings.accessMode].filter(Boolean);
    const opening = [...(parts.length > 0 ? [`set transaction ${parts.join(', ')}`] : []), ...this.lockWaitSetting(), 'begin'];
    this.deferred = opening.map((sql) => ({ sql, parameters: [] }));
    this.inTransaction = true;
  }

  async commit(): Promise<void> {
    if (this.committedEarly) {
      this.committedEarly = false;
      return;
    }
    try {
      const { sql, parameters } = this.withDeferred('commit', []);
      await this.send(sql, parameters, false, 'unknown');
    } finally {
      this.inTransaction = false;
    }
  }

  async rollback(): Promise<void> {
    this.inTransaction = false;
    // Committed by its last batch: a refusal thrown after it finds nothing to roll back (that batch changed nothing then).
    if (this.committedEarly) {
      this.committedEarly = false;
      return;
    }
    // What never left (BEGIN with its lock-wait setting, deferred writes) is dropped; the setting is then unknown.
    if (this.deferred.length > 0 && this.raw) lockWaitOf.delete(this.raw);
    this.deferred = [];
    // A dead session's transaction was rolled back by the server when the connection closed.
    if (!this.raw) return;
    try {
      await run(this.raw, 'rollback', []);
    } catch (err) {
      if (!isConnectionLost(err)) throw err;
      this.discard();
    }
  }

  release(): void {
    this.raw?.release();
    this.raw = null;
  }

  private async send(sql: string, parameters: readonly unknown[], repeatable: boolean, lostMeans: LostTransaction): Promise<unknown> {
    if (!this.raw) throw Object.assign(new Error('Connection lost earlier in this reservation'), { code: 'PROTOCOL_CONNECTION_LOST' });
    const first = this.sent++ === 0;
    try {
      return await run(this.raw, sql, parameters);
    } catch (err) {
      if (!isConnectionLost(err)) throw err;
      this.discard();
      if (this.inTransaction) {
        (err as { [LOST_TRANSACTION]?: LostTransaction })[LOST_TRANSACTION] = lostMeans;
        throw err;
      }
      if (!first || !(repeatable || wasNeverSent(err))) throw err;
      this.raw = await reserve(this.pool);
      return run(this.raw, sql, parameters);
    }
  }

  /**
   * A row lock is waited for no longer than the call has left (whole seconds, at least 1: MySQL's unit), so an instance
   * answers 「人多，请稍后再试」 instead of being killed at its time limit mid-wait. Outside a call, the server's default.
   * Sent with BEGIN, and only when the connection's setting has to change.
   */
  private lockWaitSetting(): string[] {
    const remaining = callRemainingMs();
    const seconds = remaining === undefined ? SERVER_LOCK_WAIT_S : Math.max(1, Math.min(SERVER_LOCK_WAIT_S, Math.floor(remaining / 1000)));
    if (!this.raw || lockWaitOf.get(this.raw) === seconds) return [];
    lockWaitOf.set(this.raw, seconds);
    return [`set session innodb_lock_wait_timeout = ${seconds}`];
  }

  /** Puts the deferred writes in front of `sql`, in the same round trip; `ahead` is how many results are theirs. */
  private withDeferred(sql: string, parameters: readonly unknown[]): { sql: string; parameters: readonly unknown[]; ahead: number } {
    const ahead = this.deferred.length;
    if (ahead === 0) return { sql, parameters, ahead };
    const out = {
      sql: [...this.deferred.map((d) => d.sql), sql].join(STATEMENT_SEPARATOR),
      parameters: [...this.deferred.flatMap((d) => [...d.parameters]), ...parameters],
      ahead,
    };
    this.deferred = [];
    return out;
  }

  /** Closes the dead connection so the pool never hands it out again. */
  private discard(): void {
    this.raw?.destroy();
    this.raw = null;
  }
}

/** innodb_lock_wait_timeout's default (seconds); a connection's own setting is remembered here. */
const SERVER_LOCK_WAIT_S = 50;
const lockWaitOf = new WeakMap<PoolConnection, number>();

/** A pooled connection, waited for no longer than the current call has left (cloud/db/deadline.ts). */
function reserve(pool: Pool): Promise<PoolConnection> {
  const remaining = callRemainingMs();
  if (remaining !== undefined && remaining <= 0) return Promise.reject(new CallOverDeadline('a database connection'));
  return new Promise<PoolConnection>((resolve, reject) => {
    let settled = false;
    const timer =
      remaining === undefined
        ? undefined
        : setTimeout(() => {
            settled = true;
            reject(new CallOverDeadline('a database connection'));
          }, Math.max(0, remaining));
    pool.getConnection((err, connection) => {
      if (settled) {
        connection?.release();
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(connection);
    });
  });
}

function run(connection: PoolConnection, sql: string, parameters: readonly unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => connection.query(sql, parameters as unknown[], (err, result) => (err ? reject(err) : resolve(result))));
}

const big = (n: unknown) => (n === undefined || n === null ? undefined : BigInt(n as number));

/** mysql2's answer in Kysely's shape: rows for a read, insertId and counts for a write. */
function toResult<R>(result: unknown): QueryResult<R> {
  if (Array.isArray(result)) return { rows: result as R[] };
  const ok = result as { insertId?: number | string; affectedRows?: number; changedRows?: number } | null;
  if (ok && typeof ok === 'object' && 'affectedRows' in ok) {
    return {
      rows: [],
      insertId: ok.insertId !== undefined && String(ok.insertId) !== '0' ? BigInt(ok.insertId) : undefined,
      numAffectedRows: big(ok.affectedRows),
      numChangedRows: big(ok.changedRows),
    };
  }
  return { rows: [] };
}
