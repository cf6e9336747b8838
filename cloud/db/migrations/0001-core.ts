import type { Migration } from 'kysely';
import { INSTANT, createTable, type AnyDb } from './helpers';

export const core: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('entity', 'varchar(32)', (c) => c.notNull())
      .addColumn('entity_id', 'integer', (c) => c.notNull())
      .addColumn('action', 'varchar(48)', (c) => c.notNull())
      .addColumn('from_state', 'varchar(32)')
      .addColumn('to_state', 'varchar(32)')
      .addColumn('actor_id', 'integer')
      .addColumn('community_id', 'integer')
      .addColumn('note', 'varchar(500)')
      .addColumn('at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();

    await createTable(db, 'idempotency_keys')
      .addColumn('user_id', 'integer', (c) => c.notNull())
      .addColumn('request_id', 'varchar(64)', (c) => c.notNull())
      .addColumn('action', 'varchar(64)', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'request_id'])
      .execute();

    await createTable(db, 'notifications')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('user_id', 'integer', (c) => c.notNull())
      .addColumn('kind', 'varchar(40)', (c) => c.notNull())
      .addColumn('title', 'varchar(100)', (c) => c.notNull())
      .addColumn('body', 'varchar(500)', (c) => c.notNull())
      .addColumn('page', 'varchar(200)')
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'varchar(500)')
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('sent_at', INSTANT)
      .addColumn('read_at', INSTANT)
      .execute();
    await db.schema.createIndex('notifications_status').on('notifications').columns(['status', 'id']).execute();
    await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
  },
};
