import fs from 'node:fs';
import path from 'node:path';
import { Kysely, MysqlAdapter, sql } from 'kysely';
import { FastSqliteDialect } from './sqlite-driver';
import type { Database } from './schema';

/** Opens (and creates) a SQLite file with the pragmas DESIGN.md asks for. */
export function connectSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  // Required lazily: the cloud bundle never loads the native module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const BetterSqlite3 = require('better-sqlite3') as typeof import('better-sqlite3');
  const raw = new BetterSqlite3(file);
  // busy_timeout first: several processes may open a new file at once, and the first one's switch to WAL holds a lock.
  raw.pragma('busy_timeout = 5000');
  switchToWal(raw);
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new FastSqliteDialect(raw) });
}

const WAL_WAIT_MS = 5_000;

/**
 * The switch to WAL can answer SQLITE_BUSY at once, without the busy handler, while another process is switching the
 * same new file: wait briefly and ask again (a file already in WAL answers at once). Start-up only, so a short
 * synchronous wait is acceptable.
 */
function switchToWal(raw: import('better-sqlite3').Database): void {
  const giveUpAt = Date.now() + WAL_WAIT_MS;
  for (;;) {
    try {
      raw.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Runs `fn` with SQLite's busy_timeout off (no-op on MySQL): better-sqlite3 is synchronous, so waiting for a lock
 * inside the driver would block the whole process, even the other runtime of the same process that holds the lock
 * and cannot finish. Callers that expect the lock to be taken poll instead (start-up only: migrations, the seed).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function withoutBusyWait<T>(db: Kysely<any>, fn: () => Promise<T>): Promise<T> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) return fn();
  const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
  const busyTimeout = Number(rows[0]?.timeout ?? 0);
  await sql`pragma busy_timeout = 0`.execute(db);
  try {
    return await fn();
  } finally {
    await sql.raw(`pragma busy_timeout = ${busyTimeout}`).execute(db);
  }
}
