import type { UsageFigures } from '../../../../types/venues/usage';

/** What one room had on one day: its bookable minutes, and the minutes taken by each kind of use. */
export interface UsageDay {
  openMinutes: number;
  /** Resident bookings that were granted (confirmed, checked in or not shown). */
  bookedMinutes: number;
  /** Community reservations and event holds. */
  heldMinutes: number;
  /** Bookings that were checked in. */
  usedMinutes: number;
  bookings: number;
  checkedIn: number;
  noShows: number;
}

export const EMPTY_DAY: UsageDay = { openMinutes: 0, bookedMinutes: 0, heldMinutes: 0, usedMinutes: 0, bookings: 0, checkedIn: 0, noShows: 0 };

/**
 * Clips a day to its open minutes: a room closed on a day (a 闭馆 date set after people had booked) has no hours to
 * fill, so what was booked there does not push a share past 100%. Held time comes first, then bookings, then use.
 */
export function clipDay(day: UsageDay): UsageDay {
  const open = Math.max(0, day.openMinutes);
  const held = Math.min(day.heldMinutes, open);
  const booked = Math.min(day.bookedMinutes, open - held);
  const used = Math.min(day.usedMinutes, booked);
  return { ...day, openMinutes: open, heldMinutes: held, bookedMinutes: booked, usedMinutes: used };
}

/** Adds days (each clipped first) into one period's figures: shares of the open minutes, and the no-show rate. */
export function usageOf(days: readonly UsageDay[]): UsageFigures {
  const sum = { ...EMPTY_DAY };
  for (const raw of days) {
    const d = clipDay(raw);
    sum.openMinutes += d.openMinutes;
    sum.bookedMinutes += d.bookedMinutes;
    sum.heldMinutes += d.heldMinutes;
    sum.usedMinutes += d.usedMinutes;
    sum.bookings += d.bookings;
    sum.checkedIn += d.checkedIn;
    sum.noShows += d.noShows;
  }
  const share = (n: number) => (sum.openMinutes > 0 ? round(n / sum.openMinutes) : 0);
  const settled = sum.checkedIn + sum.noShows;
  return {
    openMinutes: sum.openMinutes,
    bookedMinutes: sum.bookedMinutes,
    heldMinutes: sum.heldMinutes,
    usedMinutes: sum.usedMinutes,
    bookedShare: share(sum.bookedMinutes),
    heldShare: share(sum.heldMinutes),
    usedShare: share(sum.usedMinutes),
    bookings: sum.bookings,
    noShows: sum.noShows,
    noShowRate: settled > 0 ? round(sum.noShows / settled) : 0,
  };
}

/** The ISO weeks (Monday to Sunday) that meet a month, each cut to the month's own days. */
export function weeksOfMonth(days: readonly string[], weekdayOf: (date: string) => number): { from: string; to: string }[] {
  const weeks: { from: string; to: string }[] = [];
  for (const d of days) {
    const last = weeks[weeks.length - 1];
    if (!last || weekdayOf(d) === 1) weeks.push({ from: d, to: d });
    else last.to = d;
  }
  return weeks;
}

/** Minutes of [start, end) that fall in each hour of the day: the heat map's cells. */
export function minutesByHour(start: number, end: number): [hour: number, minutes: number][] {
  const out: [number, number][] = [];
  for (let h = Math.floor(start / 60); h * 60 < end && h < 24; h++) {
    const m = Math.min(end, (h + 1) * 60) - Math.max(start, h * 60);
    if (m > 0) out.push([h, m]);
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
