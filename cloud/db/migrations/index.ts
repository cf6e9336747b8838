import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { dialectOf } from '../dialect';
import { core } from './0001-core';
import { uploadsMigration } from './0006-uploads';
import { appSettings } from './0007-app-settings';

/**
 * The tables every feature uses (audit log, idempotency keys, outbox, uploads, settings). Features bring their own
 * migrations (cloud/core/feature.ts) and start-up hands the whole set here. Names sort across all of them: the next
 * one takes the next free number. Kept in code (not read from a folder) so the bundled cloud function carries them.
 */
export const coreMigrations: Record<string, Migration> = {
  '0001-core': core,
  '0006-uploads': uploadsMigration,
  '0007-app-settings': appSettings,
};

/**
 * Brings the schema up to date. Several instances may start at once on a fresh database. On MySQL Kysely's lock row
 * serialises them. On SQLite Kysely takes no lock and runs each statement on its own, so two instances (two processes,
 * or two runtimes in one process) would both create the same tables: the run holds SQLite's write lock instead
 * (BEGIN IMMEDIATE), and whoever finds it taken waits without blocking the process, then finds nothing left to do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  if (dialectOf(db) === 'sqlite') return withSqliteWriteLock(db, () => runMigrations(db, provider));
  return runMigrations(db, provider);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function runMigrations(db: Kysely<any>, provider: MigrationProvider): Promise<void> {
  // Features are developed side by side; their migrations touch their own tables, so order across features is free.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
}

const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 20;

/**
 * Runs `fn` inside one SQLite write transaction. better-sqlite3 is synchronous: its busy_timeout would block the whole
 * process while another runtime of the same process holds the lock and cannot finish, so it is off while we poll.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function withSqliteWriteLock(db: Kysely<any>, fn: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
  const busyTimeout = Number(rows[0]?.timeout ?? 0);
  await sql`pragma busy_timeout = 0`.execute(db);
  try {
    const giveUpAt = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        await sql`begin immediate`.execute(db);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > giveUpAt) throw err;
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
      }
    }
    try {
      await fn();
      await sql`commit`.execute(db);
    } catch (err) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw err;
    }
  } finally {
    await sql.raw(`pragma busy_timeout = ${busyTimeout}`).execute(db);
  }
}
