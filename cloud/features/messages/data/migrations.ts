import type { Migration } from 'kysely';
import { INSTANT, createTable, type AnyDb } from '../../../db/migrations/helpers';

export const messagesMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'subscribe_credits')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('template_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('remaining', 'integer', (c) => c.notNull())
      .addColumn('pushed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .addPrimaryKeyConstraint('subscribe_credits_pk', ['user_id', 'template_id'])
      .execute();
  },
};
