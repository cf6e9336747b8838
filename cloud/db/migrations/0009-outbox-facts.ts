import type { Migration } from 'kysely';
import type { AnyDb } from './helpers';

/**
 * A notification carries the facts a subscribe template's fields are filled with (the event's time, the place, a
 * short status …), as JSON; and `in_app` joins the statuses: kept in 消息通知 only, not pushed.
 */
export const outboxFacts: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('notifications').addColumn('facts', 'text').execute();
  },
};
