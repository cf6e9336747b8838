import { MysqlAdapter, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'mysql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof MysqlAdapter ? 'mysql' : 'sqlite';
}

/** Unique-key violation on either dialect (SQLite code, MySQL/MariaDB errno 1062). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number } | null;
  return !!e && (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e.code === 'ER_DUP_ENTRY' || e.errno === 1062);
}

/** A row refers to one that does not exist (SQLite; MySQL/MariaDB errno 1452 / 1216). */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number } | null;
  return !!e && (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e.errno === 1452 || e.errno === 1216);
}

/** Deadlocks and lock waits on MySQL are retried by the transaction helper. */
export function isRetryableLock(err: unknown): boolean {
  const e = err as { code?: string; errno?: number } | null;
  return !!e && (e.code === 'ER_LOCK_DEADLOCK' || e.errno === 1213 || e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_BUSY_SNAPSHOT');
}

/**
 * The call could not get its turn in time: a row lock waited past `innodb_lock_wait_timeout` (MySQL 1205, which
 * rolls back only the statement: the transaction helper rolls back the rest), or the call's deadline passed while it
 * waited for a pooled connection (cloud/db/deadline.ts). Nothing was changed; the caller may try again.
 */
export function isBusy(err: unknown): boolean {
  const e = err as { code?: string; errno?: number } | null;
  return !!e && (e.code === 'ER_LOCK_WAIT_TIMEOUT' || e.errno === 1205 || e.code === 'NUANXIN_OVER_DEADLINE');
}

/** MySQL error numbers and driver codes that mean the connection itself is gone (killed, timed out, reset). */
const LOST_ERRNOS = new Set([
  1053, // ER_SERVER_SHUTDOWN
  1927, // ER_CONNECTION_KILLED (MariaDB: KILL from another session)
  2006, // CR_SERVER_GONE_ERROR
  2013, // CR_SERVER_LOST
  4031, // ER_CLIENT_INTERACTION_TIMEOUT (MySQL 8: wait_timeout closed an idle session)
]);
const LOST_CODES = new Set([
  'PROTOCOL_CONNECTION_LOST', // mysql2: 'Connection lost: The server closed the connection.'
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ER_CLIENT_INTERACTION_TIMEOUT',
  'ER_CONNECTION_KILLED',
  'ER_SERVER_SHUTDOWN',
]);
/** mysql2's words for a command it refused to send because the connection had already closed. */
const NEVER_SENT = /can't add new command when connection is in closed state/i;

/** The MySQL connection died under this statement (or before it): the session, and any open transaction, are gone. */
export function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; message?: string } | null;
  if (!e) return false;
  return (e.code !== undefined && LOST_CODES.has(e.code)) || (e.errno !== undefined && LOST_ERRNOS.has(e.errno)) || NEVER_SENT.test(e.message ?? '');
}

/** The driver refused the statement before writing it: it cannot have run. */
export function wasNeverSent(err: unknown): boolean {
  return NEVER_SENT.test((err as { message?: string } | null)?.message ?? '');
}

/**
 * What a lost connection means for a transaction, set on the error by the MySQL driver (cloud/db/mysql.ts):
 * 'rolled-back' when it died before COMMIT was sent (the server rolls back a dead session's transaction, so running
 * the whole transaction again is safe), 'unknown' when it died under COMMIT (it may have committed: never run again).
 */
export type LostTransaction = 'rolled-back' | 'unknown';
export const LOST_TRANSACTION = Symbol('nuanxin.lostTransaction');

export function lostTransactionOf(err: unknown): LostTransaction | undefined {
  return (err as { [LOST_TRANSACTION]?: LostTransaction } | null)?.[LOST_TRANSACTION];
}
