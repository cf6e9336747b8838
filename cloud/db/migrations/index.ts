import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { withoutBusyWait } from '../sqlite';
import { dialectOf } from '../dialect';
import { core } from './0001-core';
import { uploadsMigration } from './0006-uploads';
import { appSettings } from './0007-app-settings';
import { outboxLease } from './0008-outbox-lease';
import { outboxFacts } from './0009-outbox-facts';

/**
 * The tables every feature uses (audit log, idempotency keys, outbox, uploads, settings). Features bring their own
 * migrations (cloud/core/feature.ts) and start-up hands the whole set here. Names sort across all of them: the next
 * one takes the next free number. Kept in code (not read from a folder) so the bundled cloud function carries them.
 */
export const coreMigrations: Record<string, Migration> = {
  '0001-core': core,
  '0006-uploads': uploadsMigration,
  '0007-app-settings': appSettings,
  '0008-outbox-lease': outboxLease,
  '0009-outbox-facts': outboxFacts,
};

/**
 * Brings the schema up to date and returns the names of the migrations it ran. Several instances may start at once on
 * a fresh database. On MySQL Kysely's lock (GET_LOCK) serialises them. On SQLite Kysely takes no lock and runs each
 * statement on its own, so two instances (two processes, or two runtimes in one process) would both create the same
 * tables: the run holds SQLite's write lock instead (BEGIN IMMEDIATE), and whoever finds it taken waits without
 * blocking the process, then finds nothing left to do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  if (dialectOf(db) === 'sqlite') return withSqliteWriteLock(db, () => runMigrations(db, provider));
  return runMigrations(db, provider);
}

/** The schema is older than the code: the deploy step has not run since this code was uploaded. */
export class SchemaBehind extends Error {
  constructor(readonly pending: string[]) {
    super(`the database schema is behind the code: ${pending.join(', ')} not applied`);
  }
}

/**
 * The migrations the code carries that the database has not run (one indexed read). Migrations the database has and
 * the code does not are fine: a newer deployment ran them while this container still runs the older code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function pendingMigrations(db: Kysely<any>, migrations: Record<string, Migration>): Promise<string[]> {
  let applied: Set<string>;
  try {
    const rows = await db.selectFrom(DEFAULT_MIGRATION_TABLE).select('name').execute();
    applied = new Set(rows.map((r: { name: string }) => r.name));
  } catch (err) {
    if (!isNoSuchTable(err)) throw err;
    applied = new Set();
  }
  return Object.keys(migrations)
    .filter((name) => !applied.has(name))
    .sort();
}

/** Throws SchemaBehind unless every migration the code carries has run. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function assertSchemaCurrent(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const pending = await pendingMigrations(db, migrations);
  if (pending.length > 0) throw new SchemaBehind(pending);
}

const isNoSuchTable = (err: unknown) => {
  const e = err as { errno?: number; message?: string } | null;
  return !!e && (e.errno === 1146 || /no such table/i.test(e.message ?? ''));
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function runMigrations(db: Kysely<any>, provider: MigrationProvider): Promise<string[]> {
  // Features are developed side by side; their migrations touch their own tables, so order across features is free.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Runs `fn` inside one SQLite write transaction. better-sqlite3 is synchronous: its busy_timeout would block the whole
 * process while another runtime of the same process holds the lock and cannot finish, so it is off while we poll.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function withSqliteWriteLock<T>(db: Kysely<any>, fn: () => Promise<T>): Promise<T> {
  return withoutBusyWait(db, async () => {
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
      const out = await fn();
      await sql`commit`.execute(db);
      return out;
    } catch (err) {
      await sql`rollback`.execute(db).catch(() => undefined);
      throw err;
    }
  });
}

const LOCK_WAIT_MS = 30_000;
const LOCK_POLL_MS = 20;
