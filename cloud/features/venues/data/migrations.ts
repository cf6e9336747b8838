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

/**
 * Resident groups and their weekly series (0014): a group of a community with its contact, rooms and weekly quota; a
 * series asks for one slot of one room every week; its occurrences are ordinary rows of venue_bookings (series_id set,
 * user_id null: they are the group's, not the contact's own), so one overlap check still covers everything.
 */
export const groupsMigration: Migration = {
  async up(db: AnyDb) {
    await createTable(db, 'venue_groups')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('community_id', 'integer', (c) => c.notNull().references('communities.id'))
      .addColumn('name', 'varchar(20)', (c) => c.notNull())
      .addColumn('kind', 'varchar(8)', (c) => c.notNull())
      .addColumn('contact_user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('weekly_minutes', 'integer', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      /** Bumped first by every series of the group, before its room's lock: the quota is counted under it. */
      .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('venue_groups_community').on('venue_groups').column('community_id').execute();
    await db.schema.createIndex('venue_groups_contact').on('venue_groups').column('contact_user_id').execute();

    await createTable(db, 'venue_group_rooms')
      .addColumn('group_id', 'integer', (c) => c.notNull().references('venue_groups.id'))
      .addColumn('venue_id', 'integer', (c) => c.notNull().references('venues.id'))
      .addPrimaryKeyConstraint('venue_group_rooms_pk', ['group_id', 'venue_id'])
      .execute();

    await createTable(db, 'venue_series')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('group_id', 'integer', (c) => c.notNull().references('venue_groups.id'))
      .addColumn('venue_id', 'integer', (c) => c.notNull().references('venues.id'))
      .addColumn('status', 'varchar(12)', (c) => c.notNull())
      .addColumn('first_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('last_date', LOCAL_DATE, (c) => c.notNull())
      .addColumn('start_min', 'integer', (c) => c.notNull())
      .addColumn('end_min', 'integer', (c) => c.notNull())
      .addColumn('purpose', 'varchar(50)', (c) => c.notNull())
      .addColumn('headcount', 'integer', (c) => c.notNull())
      /** JSON OccurrencePlan[]: the weeks asked for that could not be had, with why. */
      .addColumn('skipped', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('review_note', 'varchar(100)', (c) => c.notNull().defaultTo(''))
      .addColumn('reviewed_by', 'integer')
      .addColumn('created_at', INSTANT, (c) => c.notNull())
      .addColumn('updated_at', INSTANT, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('venue_series_group').on('venue_series').columns(['group_id', 'first_date']).execute();
    await db.schema.createIndex('venue_series_status').on('venue_series').columns(['status', 'first_date']).execute();

    await db.schema.alterTable('venue_bookings').addColumn('series_id', 'integer', (c) => c.references('venue_series.id')).execute();
    await db.schema.createIndex('venue_bookings_series').on('venue_bookings').columns(['series_id', 'date']).execute();
  },
};
