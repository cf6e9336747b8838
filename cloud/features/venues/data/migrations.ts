import type { Migration } from 'kysely';
import { INSTANT, LOCAL_DATE, createTable, type AnyDb } from '../../../db/migrations/helpers';

export const venuesMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'venues')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('street_wide', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('street_id', 'integer', (c) => c.notNull().references('streets.id'))
      .addColumn('name', 'varchar(30)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('address', 'varchar(60)', (c) => c.notNull())
      .addColumn('description', 'varchar(200)', (c) => c.notNull().defaultTo(''))
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('facilities', 'text', (c) => c.notNull())
      .addColumn('photos', 'text', (c) => c.notNull())
      .addColumn('weekly', 'text', (c) => c.notNull())
      .addColumn('slot_minutes', 'integer', (c) => c.notNull())
      .addColumn('slot_offset', 'integer', (c) => c.notNull())
      .addColumn('requires_approval', 'integer', (c) => c.notNull())
      .addColumn('booking_window_days', 'integer', (c) => c.notNull())
      .addColumn('min_notice_minutes', 'integer', (c) => c.notNull())
      .addColumn('max_slots_per_booking', 'integer', (c) => c.notNull())
      .addColumn('max_upcoming_per_resident', 'integer', (c) => c.notNull())
      .addColumn('max_minutes_per_week', 'integer', (c) => c.notNull())
      .addColumn('cancel_deadline_minutes', 'integer', (c) => c.notNull())
      .addColumn('checkin_window_minutes', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('venues_community').on('venues').column('community_id').execute();
    await db.schema.createIndex('venues_street').on('venues').columns(['street_id', 'street_wide']).execute();

    await createTable(db, 'venue_special_dates')
      .addColumn('venue_id', 'integer', (c) => c.notNull().references('venues.id'))
      .addColumn('date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('intervals', 'text', (c) => c.notNull())
      .addColumn('reason', 'varchar(30)', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('venue_special_dates_pk', ['venue_id', 'date'])
      .execute();

    await createTable(db, 'venue_bookings')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('venue_id', 'integer', (c) => c.notNull().references('venues.id'))
      .addColumn('kind', 'varchar(12)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('start_min', 'integer', (c) => c.notNull())
      .addColumn('end_min', 'integer', (c) => c.notNull())
      .addColumn('hold_end_min', 'integer', (c) => c.notNull())
      .addColumn('starts_at', INSTANT, (c) => c.notNull())
      .addColumn('ends_at', INSTANT, (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('person_name', 'varchar(20)', (c) => c.notNull().defaultTo(''))
      .addColumn('person_phone', 'varchar(11)', (c) => c.notNull().defaultTo(''))
      .addColumn('purpose', 'varchar(50)', (c) => c.notNull().defaultTo(''))
      .addColumn('headcount', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reason', 'varchar(100)', (c) => c.notNull().defaultTo(''))
      .addColumn('event_id', 'integer')
      .addColumn('review_note', 'varchar(100)', (c) => c.notNull().defaultTo(''))
      .addColumn('reviewed_by', 'integer')
      .addColumn('checked_in_at', INSTANT)
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('venue_bookings_day').on('venue_bookings').columns(['venue_id', 'date', 'start_min']).execute();
    await db.schema.createIndex('venue_bookings_user').on('venue_bookings').columns(['user_id', 'starts_at']).execute();
    await db.schema.createIndex('venue_bookings_due').on('venue_bookings').columns(['status', 'starts_at']).execute();
    await db.schema.createIndex('venue_bookings_event').on('venue_bookings').column('event_id').execute();

    await createTable(db, 'booking_suspensions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('starts_at', INSTANT, (c) => c.notNull())
      .addColumn('ends_at', INSTANT, (c) => c.notNull())
      .addColumn('reason', 'varchar(200)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('booking_suspensions_user').on('booking_suspensions').columns(['user_id', 'ends_at']).execute();
  },
};
