import type { SpecialDate } from '../../../../types/venues/models';
import type { Db } from '../../../db/tx';
import { dayInfo } from '../domain/calendar';
import { hoursOfDay, type DayHours } from '../domain/hours';
import { scheduleOf, specialDateOf } from './mapper';
import type { VenueRow } from './tables';

/** Special dates of one venue between two local dates, by date. */
export async function specialDatesBetween(db: Db, venueId: number, from: string, to: string): Promise<Map<string, SpecialDate>> {
  const rows = await db
    .selectFrom('venue_special_dates')
    .selectAll()
    .where('venue_id', '=', venueId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
  return new Map(rows.map((r) => [r.date, specialDateOf(r)]));
}

/** The hours of one venue on one date: weekly rules, the official calendar and the venue's special date. */
export async function hoursOn(db: Db, venue: VenueRow, date: string): Promise<DayHours> {
  const special = (await specialDatesBetween(db, venue.id, date, date)).get(date);
  return hoursOfDay(scheduleOf(venue).weekly, date, dayInfo(date), special);
}
