import type { SpecialDate } from '../../../../types/venues/models';
import type { Db } from '../../../db/tx';
import { dayInfo } from '../domain/calendar';
import { hoursOfDay, type DayHours } from '../domain/hours';
import { scheduleOf, specialDateOf } from './mapper';
import type { Selectable } from 'kysely';
import type { VenueRow, VenueSpecialDateTable } from './tables';

/** Special dates of one venue between two local dates, by date. */
export async function specialDatesBetween(db: Db, venueId: number, from: string, to: string): Promise<Map<string, SpecialDate>> {
  const rows = await specialDatesQuery(db, venueId, from, to).execute();
  return new Map(rows.map((r) => [r.date, specialDateOf(r)]));
}

/** specialDatesBetween as a query a service can batch (cloud/db/batch.ts). */
export const specialDatesQuery = (db: Db, venueId: number, from: string, to: string) =>
  db.selectFrom('venue_special_dates').selectAll().where('venue_id', '=', venueId).where('date', '>=', from).where('date', '<=', to).orderBy('date');

/** Special dates of several venues between two local dates, to batch; `specialDatesByVenue` maps its rows. */
export const venuesSpecialDatesQuery = (db: Db, venueIds: number[], from: string, to: string) =>
  db.selectFrom('venue_special_dates').selectAll().where('venue_id', 'in', venueIds).where('date', '>=', from).where('date', '<=', to);

export function specialDatesByVenue(rows: readonly Selectable<VenueSpecialDateTable>[]): Map<number, Map<string, SpecialDate>> {
  const out = new Map<number, Map<string, SpecialDate>>();
  for (const r of rows) {
    const byDate = out.get(r.venue_id) ?? new Map<string, SpecialDate>();
    out.set(r.venue_id, byDate);
    byDate.set(r.date, specialDateOf(r));
  }
  return out;
}

/** The hours of one venue on one date: weekly rules, the official calendar and the venue's special date. */
export async function hoursOn(db: Db, venue: VenueRow, date: string): Promise<DayHours> {
  return hoursFrom(venue, date, await specialDatesQuery(db, venue.id, date, date).execute());
}

/** hoursOn, from the special-date rows already read for that date. */
export function hoursFrom(venue: VenueRow, date: string, rows: readonly Selectable<VenueSpecialDateTable>[]): DayHours {
  const special = rows.find((r) => r.date === date);
  return hoursOfDay(scheduleOf(venue).weekly, date, dayInfo(date), special ? specialDateOf(special) : undefined);
}
