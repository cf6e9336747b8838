import type { ActionParsed, UsageHeatCell, UsageRoom, VenueUsage } from '../../../../types';
import { USAGE_LEVEL_LABELS } from '../../../../types/venues/usage';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { eachDay, isoWeekday, localDate } from '../../../lib/time';
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
  const currentMonth = localDate(ctx.now).slice(0, 7);
  const month = input.month ?? currentMonth;
  const { placeName, up, communities } = await usageScope(db, ctx, input.level, input.placeId);
  const days = eachDay(`${month}-01`, lastDayOf(month));
  const from = days[0];
  const to = days[days.length - 1];
  const venues = await usageVenues(db, communities.map((c) => c.id));
  const ids = venues.map((v) => v.id);
  const [specials, taken, spans] = await Promise.all([usageSpecialDates(db, ids, from, to), usageByDay(db, ids, from, to), busyBySpan(db, ids, from, to)]);

  const info = days.map((d) => dayInfo(d));
  const weekday = days.map((d) => isoWeekday(d));
  const takenOf = new Map(taken.map((t) => [`${t.venueId}|${t.date}`, t]));
  const weeks = weeksOfMonth(days, isoWeekday);
  const weekOfDay = days.map((d) => weeks.findIndex((w) => d >= w.from && d <= w.to));
  const heatOpen = new Array<number>(7 * 24).fill(0);

  // Most rooms share their weekly hours: a day's open slots are worked out once per schedule (special dates apart).
  const shapes = new Map<string, OpenDay[]>();
  const openOn = (venue: (typeof venues)[number], i: number): OpenDay => {
    const special = specials.get(`${venue.id}|${days[i]}`);
    const key = `${venue.weekly}|${venue.slot_minutes}|${venue.slot_offset}`;
    let cached = special ? undefined : shapes.get(key);
    if (!cached && !special) shapes.set(key, (cached = []));
    if (cached?.[i]) return cached[i];
    const schedule = scheduleOf(venue);
    const hours = hoursOfDay(schedule.weekly, days[i], info[i], special);
    const day: OpenDay = { minutes: 0, byHour: [] };
    for (const slot of gridSlots(hours.intervals, schedule.slotMinutes, schedule.slotOffset)) {
      day.minutes += slot.end - slot.start;
      day.byHour.push(...minutesByHour(slot.start, slot.end));
    }
    if (cached) cached[i] = day;
    return day;
  };

  const roomDays = new Map<number, UsageDay[]>();
  for (const venue of venues) {
    roomDays.set(
      venue.id,
      days.map((date, i) => {
        const open = openOn(venue, i);
        for (const [hour, m] of open.byHour) heatOpen[(weekday[i] - 1) * 24 + hour] += m;
        const t = takenOf.get(`${venue.id}|${date}`);
        return t
          ? { openMinutes: open.minutes, bookedMinutes: t.booked, heldMinutes: t.held, usedMinutes: t.used, bookings: t.bookings, checkedIn: t.checkedIn, noShows: t.noShows }
          : { ...EMPTY_DAY, openMinutes: open.minutes };
      }),
    );
  }

  const byWeek = (list: UsageDay[]) => weeks.map((_, i) => usageOf(list.filter((_d, j) => weekOfDay[j] === i)));
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const rooms: UsageRoom[] = venues.map((v) => {
    const list = roomDays.get(v.id)!;
    return { venueId: v.id, name: v.name, communityId: v.community_id, communityName: communityName.get(v.community_id) ?? '', month: usageOf(list), weeks: byWeek(list) };
  });
  const allDays = venues.flatMap((v) => roomDays.get(v.id)!);
  const totalWeeks = weeks.map((_, i) => usageOf(venues.flatMap((v) => roomDays.get(v.id)!.filter((_d, j) => weekOfDay[j] === i))));

  const dayIndexOf = new Map(days.map((d, i) => [d, i]));
  const heatBusy = new Array<number>(7 * 24).fill(0);
  for (const s of spans) {
    const i = dayIndexOf.get(s.date);
    if (i === undefined) continue;
    for (const [hour, m] of minutesByHour(s.start, s.end)) heatBusy[(weekday[i] - 1) * 24 + hour] += m * s.count;
  }
  const heat: UsageHeatCell[] = [];
  heatOpen.forEach((open, cell) => {
    if (open <= 0) return;
    const busy = Math.min(heatBusy[cell], open);
    heat.push({ weekday: Math.floor(cell / 24) + 1, hour: cell % 24, openMinutes: open, busyMinutes: busy, share: Math.round((busy / open) * 1000) / 1000 });
  });

  const result: VenueUsage = {
    level: input.level,
    placeId: input.placeId,
    placeName,
    ...(up && { up }),
    month,
    currentMonth,
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
    result.csv = { fileName: `场所利用率-${USAGE_LEVEL_LABELS[input.level]}-${placeName}-${month}.csv`, text: usageCsv(result) };
  }
  return result;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, '0')}`;
}

interface OpenDay {
  minutes: number;
  /** [hour, minutes] of the open slots, for the heat map. */
  byHour: [number, number][];
}
