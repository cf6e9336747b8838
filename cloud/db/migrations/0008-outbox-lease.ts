import type { Migration } from 'kysely';
import { INSTANT, type AnyDb } from './helpers';

/**
 * The outbox's claim becomes a lease: a row in `sending` carries the instant its sender's claim runs out, so a row
 * whose sender died (its invocation timed out or was killed) is picked up again once the lease has passed.
 */
export const outboxLease: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('notifications').addColumn('lease_until', INSTANT).execute();
  },
};
