import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { eventsMigration } from '../../features/events/migration';
import { peopleMigration } from '../../features/people/migration';
import { venuesMigration } from '../../features/venues/migration';
import { requestsMigration } from '../../features/requests/migration';
import { core } from './0001-core';
import { uploadsMigration } from './0006-uploads';

/**
 * Every migration, in order. Names sort: a feature appends `NNNN-<feature>-<what>` with the next number.
 * Kept in code (not read from a folder) so the bundled cloud function carries them.
 */
const migrations: Record<string, Migration> = {
  '0001-core': core,
  '0002-people': peopleMigration,
  '0003-events': eventsMigration,
  '0004-venues': venuesMigration,
  '0005-requests': requestsMigration,
  '0006-uploads': uploadsMigration,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Features are developed side by side; their migrations touch their own tables, so order across features is free.
  const { error, results } = await new Migrator({ db, provider, allowUnorderedMigrations: true }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${(error as Error).message ?? error}`);
  }
}
