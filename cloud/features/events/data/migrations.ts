import { sql, type Migration } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import { INSTANT, LOCAL_DATE, createTable, type AnyDb } from '../../../db/migrations/helpers';

export const eventsMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'event_series')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('weekdays', 'varchar(16)', (c) => c.notNull())
      .addColumn('until_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull())
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .execute();

    await createTable(db, 'events')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('street_id', 'integer', (c) => c.notNull())
      .addColumn('audience', 'varchar(16)', (c) => c.notNull())
      .addColumn('series_id', 'integer', (c) => c.references('event_series.id'))
      .addColumn('title', 'varchar(40)', (c) => c.notNull())
      .addColumn('category', 'varchar(16)', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('cover', 'varchar(200)')
      .addColumn('organizer', 'varchar(40)', (c) => c.notNull())
      // No foreign key: venues land in their own migration; the lead wires the two.
      .addColumn('venue_id', 'integer')
      .addColumn('place', 'varchar(60)', (c) => c.notNull())
      .addColumn('starts_at', INSTANT, (c) => c.notNull())
      .addColumn('ends_at', INSTANT, (c) => c.notNull())
      .addColumn('start_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('taken', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('waiting', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('party_limit', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('signup_opens_at', INSTANT, (c) => c.notNull())
      .addColumn('signup_closes_at', INSTANT, (c) => c.notNull())
      .addColumn('cancel_deadline', INSTANT, (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('cancel_reason', 'varchar(100)')
      .addColumn('reminded_at', INSTANT)
      .addColumn('created_by', 'integer', (c) => c.notNull())
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    // The month view: a community's own events, and the street-wide events of its street, by date.
    await db.schema.createIndex('events_community_date').on('events').columns(['community_id', 'start_date']).execute();
    await db.schema.createIndex('events_street_date').on('events').columns(['street_id', 'audience', 'start_date']).execute();
    await db.schema.createIndex('events_series').on('events').columns(['series_id', 'starts_at']).execute();
    await db.schema.createIndex('events_starts').on('events').columns(['starts_at']).execute();

    await createTable(db, 'event_signups')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('party_size', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('checked_in_at', INSTANT)
      .addColumn('rating', 'integer')
      .addColumn('rating_comment', 'varchar(200)')
      .addColumn('rated_at', INSTANT)
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .addUniqueConstraint('event_signups_event_user', ['event_id', 'user_id'])
      .execute();
    // The waitlist in arrival order, and the attendee list.
    await db.schema.createIndex('event_signups_queue').on('event_signups').columns(['event_id', 'status', 'seq']).execute();
    // 我的活动, and the "mine" mark of the month view.
    await db.schema.createIndex('event_signups_user').on('event_signups').columns(['user_id', 'event_id']).execute();
  },
};

/** Why a worker took someone off the list: the person finds it in 我的活动 where the event was. */
export const removalReasonMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('event_signups').addColumn('removed_reason', 'varchar(100)').execute();
  },
};

/**
 * The detail screen's rating (count and sum of an event's ratings) from the index alone: without it the read visited
 * every sign-up of the event, which on a popular event is the slowest statement of a sign-up's answer. On SQLite the
 * index holds only the rated sign-ups, so a sign-up's insert does not write to it.
 */
export const ratingIndexMigration: Migration = {
  async up(db: AnyDb) {
    const index = db.schema.createIndex('event_signups_rating').on('event_signups').columns(['event_id', 'rating']);
    await (dialectOf(db) === 'sqlite' ? index.where(sql.ref('rating'), 'is not', null) : index).execute();
  },
};
