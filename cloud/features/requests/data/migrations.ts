import type { Migration } from 'kysely';
import { INSTANT, createTable, type AnyDb } from '../../../db/migrations/helpers';

export const requestsMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'handler_units')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(40)', (c) => c.notNull())
      .addColumn('kind', 'varchar(12)', (c) => c.notNull())
      .addColumn('street_id', 'integer', (c) => c.notNull().references('streets.id'))
      .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('phone', 'varchar(20)', (c) => c.notNull().defaultTo(''))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('handler_units_street').on('handler_units').columns(['street_id', 'community_id']).execute();

    await createTable(db, 'handler_members')
      .addColumn('unit_id', 'integer', (c) => c.notNull().references('handler_units.id'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addPrimaryKeyConstraint('handler_members_pk', ['unit_id', 'user_id'])
      .execute();
    await db.schema.createIndex('handler_members_user').on('handler_members').column('user_id').execute();

    await createTable(db, 'request_categories')
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('name', 'varchar(8)', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('request_categories_pk', ['community_id', 'name'])
      .execute();

    await createTable(db, 'requests')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('resident_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('category', 'varchar(8)', (c) => c.notNull())
      .addColumn('description', 'varchar(500)', (c) => c.notNull())
      .addColumn('review_label', 'varchar(100)')
      .addColumn('address', 'varchar(100)', (c) => c.notNull())
      .addColumn('phone', 'varchar(11)', (c) => c.notNull())
      .addColumn('preferred_time', 'varchar(16)', (c) => c.notNull())
      .addColumn('photos', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('status_since', INSTANT, (c) => c.notNull())
      .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('round', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unit_id', 'integer', (c) => c.references('handler_units.id'))
      .addColumn('handler_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('requests_community_status').on('requests').columns(['community_id', 'status', 'id']).execute();
    await db.schema.createIndex('requests_resident').on('requests').columns(['resident_id', 'id']).execute();
    await db.schema.createIndex('requests_unit_status').on('requests').columns(['unit_id', 'status']).execute();
    await db.schema.createIndex('requests_status_since').on('requests').columns(['status', 'status_since']).execute();

    await createTable(db, 'request_steps')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('from_status', 'varchar(16)')
      .addColumn('to_status', 'varchar(16)', (c) => c.notNull())
      .addColumn('actor_id', 'integer')
      .addColumn('unit_id', 'integer')
      .addColumn('note', 'varchar(500)')
      .addColumn('photos', 'text')
      .addColumn('at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('request_steps_request').on('request_steps').columns(['request_id', 'id']).execute();
    await db.schema.createIndex('request_steps_at').on('request_steps').column('at').execute();

    await createTable(db, 'request_ratings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('resident_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('unit_id', 'integer')
      .addColumn('handler_id', 'integer')
      .addColumn('stars', 'integer', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('comment', 'varchar(200)', (c) => c.notNull().defaultTo(''))
      .addColumn('comment_state', 'varchar(10)', (c) => c.notNull())
      .addColumn('comment_label', 'varchar(100)')
      .addColumn('resolved', 'varchar(12)', (c) => c.notNull())
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addUniqueConstraint('request_ratings_round', ['request_id', 'round'])
      .execute();
    await db.schema.createIndex('request_ratings_created').on('request_ratings').column('created_at').execute();
  },
};

/** The photo check's verdict per photo (security.mediaCheckAsync, received as a message push). */
export const photoChecksMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'request_photos')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
      .addColumn('file_id', 'varchar(300)', (c) => c.notNull())
      .addColumn('uploader_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('trace_id', 'varchar(64)')
      .addColumn('state', 'varchar(10)', (c) => c.notNull())
      .addColumn('label', 'varchar(200)')
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('checked_at', INSTANT)
      .execute();
    await db.schema.createIndex('request_photos_request').on('request_photos').columns(['request_id', 'state']).execute();
    await db.schema.createIndex('request_photos_trace').on('request_photos').column('trace_id').unique().execute();
  },
};

/**
 * 代点单 and 网格上报: where a request came from (居民自报 / 网格员上报 / 热线 / 来访), whom it was filed for (the resident
 * themselves, a registered resident, a person without the app, a public-space problem) and by whom; and, on a rating,
 * the worker who recorded it from a phone call (电话回访). Existing rows are the residents' own.
 */
export const sourceMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('requests').addColumn('source', 'varchar(8)', (c) => c.notNull().defaultTo('self')).execute();
    await db.schema.alterTable('requests').addColumn('subject', 'varchar(8)', (c) => c.notNull().defaultTo('self')).execute();
    await db.schema.alterTable('requests').addColumn('filed_by', 'integer').execute();
    await db.schema.alterTable('request_ratings').addColumn('recorded_by', 'integer').execute();
  },
};
