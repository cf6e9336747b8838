import type { Db } from '../../../db/tx';
import { BLOCKING_STATUSES, type Occupant } from '../domain/occupancy';
import { occupantOf } from './mapper-bookings';

/** What holds each venue on each date between two local dates: venueId → date → occupants. */
export async function occupantsBetween(db: Db, venueIds: number[], from: string, to: string): Promise<Map<number, Map<string, Occupant[]>>> {
  if (venueIds.length === 0) return new Map();
  return occupantsByVenue(await occupantsQuery(db, venueIds, from, to).execute());
}

/** occupantsBetween as a query a service can batch (cloud/db/batch.ts); its rows go through occupantsByVenue. */
export const occupantsQuery = (db: Db, venueIds: number[], from: string, to: string) =>
  db
    .selectFrom('venue_bookings')
    .select(['venue_id', 'date', 'start_min', 'hold_end_min', 'kind', 'status', 'user_id', 'reason'])
    .where('venue_id', 'in', venueIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', BLOCKING_STATUSES);

export type OccupantRow = Awaited<ReturnType<ReturnType<typeof occupantsQuery>['execute']>>[number];

export function occupantsByVenue(rows: readonly OccupantRow[]): Map<number, Map<string, Occupant[]>> {
  const out = new Map<number, Map<string, Occupant[]>>();
  for (const r of rows) {
    const byDate = out.get(r.venue_id) ?? new Map<string, Occupant[]>();
    out.set(r.venue_id, byDate);
    byDate.set(r.date, [...(byDate.get(r.date) ?? []), occupantOf(r)]);
  }
  return out;
}
