import type { Suspension } from '../../../../types/venues/models';
import type { Db } from '../../../db/tx';
import { iso } from '../../../lib/time';
import { suspensionOf } from './mapper-bookings';

/** The suspension in force for a resident now, if any (the one that ends last). */
export async function activeSuspension(db: Db, userId: number, now: Date): Promise<Suspension | null> {
  const row = await activeSuspensionQuery(db, userId, now).executeTakeFirst();
  return row ? suspensionOf(row) : null;
}

/** activeSuspension as a query a service can batch (cloud/db/batch.ts); its row goes through suspensionOf. */
export const activeSuspensionQuery = (db: Db, userId: number, now: Date) =>
  db
    .selectFrom('booking_suspensions')
    .select(['ends_at', 'reason'])
    .where('user_id', '=', userId)
    .where('starts_at', '<=', iso(now))
    .where('ends_at', '>', iso(now))
    .orderBy('ends_at', 'desc')
    .limit(1);

export async function lastSuspensionStart(db: Db, userId: number): Promise<Date | null> {
  const row = await db.selectFrom('booking_suspensions').select('starts_at').where('user_id', '=', userId).orderBy('starts_at', 'desc').executeTakeFirst();
  return row ? new Date(row.starts_at) : null;
}
