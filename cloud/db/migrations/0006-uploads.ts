import type { Migration } from 'kysely';
import { INSTANT, LOCAL_DATE, createTable, type AnyDb } from './helpers';

/** The local host's file store: who stored each file, and the per-person daily counts its quota gates on. */
export const uploadsMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'uploads')
      .addColumn('name', 'varchar(48)', (c) => c.primaryKey())
      .addColumn('user_id', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('local_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('uploads_user_day').on('uploads').columns(['user_id', 'local_date']).execute();

    await createTable(db, 'upload_days')
      .addColumn('user_id', 'integer', (c) => c.notNull())
      .addColumn('local_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('files', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('bytes', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('upload_days_pk', ['user_id', 'local_date'])
      .execute();
  },
};
