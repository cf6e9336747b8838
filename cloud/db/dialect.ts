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
