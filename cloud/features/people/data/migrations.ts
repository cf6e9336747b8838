import type { Migration } from 'kysely';
import { INSTANT, createTable, type AnyDb } from '../../../db/migrations/helpers';

export const peopleMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'districts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'varchar(40)', (c) => c.notNull().unique())
      .execute();
    await createTable(db, 'streets')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('district_id', 'integer', (c) => c.notNull().references('districts.id'))
      .addColumn('name', 'varchar(40)', (c) => c.notNull())
      .addUniqueConstraint('streets_district_name', ['district_id', 'name'])
      .execute();
    await createTable(db, 'communities')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('street_id', 'integer', (c) => c.notNull().references('streets.id'))
      .addColumn('name', 'varchar(40)', (c) => c.notNull())
      .addColumn('address', 'varchar(100)', (c) => c.notNull().defaultTo(''))
      .addUniqueConstraint('communities_street_name', ['street_id', 'name'])
      .execute();
    await createTable(db, 'users')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('openid', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('role', 'varchar(16)', (c) => c.notNull())
      .addColumn('name', 'varchar(20)', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'varchar(11)', (c) => c.notNull().defaultTo(''))
      .addColumn('address', 'varchar(100)', (c) => c.notNull().defaultTo(''))
      .addColumn('community_id', 'integer', (c) => c.references('communities.id'))
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_community').on('users').column('community_id').execute();
    await createTable(db, 'staff_communities')
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addPrimaryKeyConstraint('staff_communities_pk', ['user_id', 'community_id'])
      .execute();
  },
};
