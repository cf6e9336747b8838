import type { ActionParsed, UsageHeatCell, UsageRoom, VenueUsage } from '../../../../types';
import { USAGE_LEVEL_LABELS } from '../../../../types/venues/usage';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { eachDay, isoWeekday } from '../../../lib/time';
import { busyBySpan, usageByDay, usageScope, usageSpecialDates, usageVenues } from '../data/usage';
import { scheduleOf } from '../data/mapper';
import { dayInfo } from '../domain/calendar';
import { gridSlots, hoursOfDay } from '../domain/hours';
import { EMPTY_DAY, minutesByHour, usageOf, weeksOfMonth, type UsageDay } from '../domain/usage';
import { usageCsv } from '../domain/usage-csv';

/**
 * 场所利用率 of a community, street or district for one month. A room's open minutes on a day are those of the slot
 * grid residents book from (weekly hours, the official holidays and 调休, the room's special dates); the minutes taken
 * are summed in SQL per room and day.
 */
export async function venueUsage(db: Db, ctx: Ctx, input: ActionParsed<'venues.usage'>): Promise<VenueUsage> {
  const { placeName, up, communities } = await usageScope(db, ctx, input.level, input.placeId);
  const days = eachDay(`${input.month}-01`, lastDayOf(input.month));
  const from = days[0];
  const to = days[days.length - 1];
  const venues = await usageVenues(db, communities.map((c) => c.id));
  const ids = venues.map((v) => v.id);
  const [specials, taken, spans] = await Promise.all([usageSpecialDates(db, ids, from, to), usageByDay(db, ids, from, to), busyBySpan(db, ids, from, to)]);

  const info = new Map(days.map((d) => [d, dayInfo(d)]));
  const takenOf = new Map(taken.map((t) => [`${t.venueId}|${t.date}`, t]));
  const heatOpen = new Map<string, number>();
  const weeks = weeksOfMonth(days, isoWeekday);
  const weekOf = (d: string) => weeks.findIndex((w) => d >= w.from && d <= w.to);

  const roomDays = new Map<number, UsageDay[]>();
  for (const venue of venues) {
    const schedule = scheduleOf(venue);
    roomDays.set(
      venue.id,
      days.map((date) => {
        const hours = hoursOfDay(schedule.weekly, date, info.get(date)!, specials.get(`${venue.id}|${date}`));
        let open = 0;
        for (const slot of gridSlots(hours.intervals, schedule.slotMinutes, schedule.slotOffset)) {
          open += slot.end - slot.start;
          for (const [hour, m] of minutesByHour(slot.start, slot.end)) bump(heatOpen, `${isoWeekday(date)}|${hour}`, m);
        }
        const t = takenOf.get(`${venue.id}|${date}`);
        return t
          ? { openMinutes: open, bookedMinutes: t.booked, heldMinutes: t.held, usedMinutes: t.used, bookings: t.bookings, checkedIn: t.checkedIn, noShows: t.noShows }
          : { ...EMPTY_DAY, openMinutes: open };
      }),
    );
  }

  const byWeek = (list: UsageDay[]) => weeks.map((_, i) => usageOf(list.filter((_d, j) => weekOf(days[j]) === i)));
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const rooms: UsageRoom[] = venues.map((v) => {
    const list = roomDays.get(v.id)!;
    return { venueId: v.id, name: v.name, communityId: v.community_id, communityName: communityName.get(v.community_id) ?? '', month: usageOf(list), weeks: byWeek(list) };
  });
  const allDays = venues.flatMap((v) => roomDays.get(v.id)!);
  const dayIndexOf = new Map(days.map((d, i) => [d, i]));
  const totalWeeks = weeks.map((_, i) => usageOf(venues.flatMap((v) => roomDays.get(v.id)!.filter((_d, j) => weekOf(days[j]) === i))));

  const heatBusy = new Map<string, number>();
  for (const s of spans) {
    if (!dayIndexOf.has(s.date)) continue;
    for (const [hour, m] of minutesByHour(s.start, s.end)) bump(heatBusy, `${isoWeekday(s.date)}|${hour}`, m * s.count);
  }
  const heat: UsageHeatCell[] = [...heatOpen.entries()]
    .map(([key, open]) => {
      const [weekday, hour] = key.split('|').map(Number);
      const busy = Math.min(heatBusy.get(key) ?? 0, open);
      return { weekday, hour, openMinutes: open, busyMinutes: busy, share: Math.round((busy / open) * 1000) / 1000 };
    })
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);

  const result: VenueUsage = {
    level: input.level,
    placeId: input.placeId,
    placeName,
    ...(up && { up }),
    month: input.month,
    weeks,
    total: usageOf(allDays),
    totalWeeks,
    communities: communities.map((c) => ({
      communityId: c.id,
      name: c.name,
      month: usageOf(venues.filter((v) => v.community_id === c.id).flatMap((v) => roomDays.get(v.id)!)),
    })),
    rooms,
    heat,
  };
  if (input.csv) {
    result.csv = { fileName: `场所利用率-${USAGE_LEVEL_LABELS[input.level]}-${placeName}-${input.month}.csv`, text: usageCsv(result) };
  }
  return result;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

function bump(map: Map<string, number>, key: string, by: number) {
  map.set(key, (map.get(key) ?? 0) + by);
}
