import type { SlotDay, VenueCard } from '../../../types/venue-models';
import type { Db } from '../../db/tx';
import { addDays, localDate } from '../../lib/time';
import { dayInfo } from './calendar';
import { slotDay } from './domain/slot-day';
import { occupantsBetween } from './occupancy-store';
import { specialDatesBetween } from './special-dates';
import { scheduleOf, type VenueRow } from './venue-mapper';

/** `days` consecutive days of one venue from `from`, as `viewerId` sees them. */
export async function slotDays(db: Db, venue: VenueRow, from: string, days: number, now: Date, viewerId: number): Promise<SlotDay[]> {
  const to = addDays(from, days - 1);
  const [specials, occupants] = await Promise.all([specialDatesBetween(db, venue.id, from, to), occupantsBetween(db, [venue.id], from, to)]);
  const schedule = scheduleOf(venue);
  const byDate = occupants.get(venue.id);
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    return slotDay({ schedule, date, day: dayInfo(date), special: specials.get(date), occupants: byDate?.get(date) ?? [], now, viewerId });
  });
}

/** The first slot the viewer could book now, looking through the venue's booking window. */
export async function nextFree(db: Db, venue: VenueRow, now: Date, viewerId: number): Promise<VenueCard['nextFree']> {
  const days = await slotDays(db, venue, localDate(now), venue.booking_window_days, now, viewerId);
  for (const day of days) {
    const slot = day.slots.find((s) => s.state === 'free');
    if (slot) return { date: day.date, start: slot.start, end: slot.end };
  }
  return null;
}
