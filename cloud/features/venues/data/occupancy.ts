import type { Db } from '../../../db/tx';
import { BLOCKING_STATUSES, type Occupant } from '../domain/occupancy';
import { occupantOf } from './mapper-bookings';

/** What holds each venue on each date between two local dates: venueId → date → occupants. */
export async function occupantsBetween(db: Db, venueIds: number[], from: string, to: string): Promise<Map<number, Map<string, Occupant[]>>> {
  const out = new Map<number, Map<string, Occupant[]>>();
  if (venueIds.length === 0) return out;
  const rows = await db
    .selectFrom('venue_bookings')
    .select(['venue_id', 'date', 'start_min', 'hold_end_min', 'kind', 'status', 'user_id', 'reason'])
    .where('venue_id', 'in', venueIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', BLOCKING_STATUSES)
    .execute();
  for (const r of rows) {
    const byDate = out.get(r.venue_id) ?? new Map<string, Occupant[]>();
    out.set(r.venue_id, byDate);
    byDate.set(r.date, [...(byDate.get(r.date) ?? []), occupantOf(r)]);
  }
  return out;
}
