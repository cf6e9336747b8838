import type { Db } from '../../../db/tx';
import { LIVE } from './events';

/** Runs `fn` for every person holding a seat or a waitlist place; returns how many there were. */
export async function mapLiveSignups(db: Db, eventId: number, fn: (userId: number) => Promise<void>, only = LIVE): Promise<number> {
  const rows = await db.selectFrom('event_signups').select('user_id').where('event_id', '=', eventId).where('status', 'in', only).orderBy('seq').execute();
  for (const r of rows) await fn(r.user_id);
  return rows.length;
}
