import type { Migration } from 'kysely';
import { createTable, type AnyDb } from './helpers';

/** Values the app makes for itself once and keeps, e.g. the key that signs check-in codes (cloud/db/settings.ts). */
export const appSettings: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'app_settings')
      .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
