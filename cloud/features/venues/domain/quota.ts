import { addDays, eachDay, isoWeekday, localDate } from '../../../lib/time';
import type { BookingAllowance, BookingStatus } from '../../../../types/venues/models';
import { refuse, type Refusal } from './refusal';
import { durationWords, monthDay } from '../../../lib/words';

/** One of the resident's own bookings in this venue that still counts (pending, confirmed, checked in, no-show). */
export interface OwnBooking {
  date: string;
  start: number;
  end: number;
  startsAt: Date;
  status: BookingStatus;
}

export interface QuotaRules {
  maxUpcomingPerResident: number;
  maxMinutesPerWeek: number;
}

/** Monday and Sunday of the week of a local date. */
export function weekOf(date: string): { first: string; last: string } {
  const first = addDays(date, 1 - isoWeekday(date));
  return { first, last: addDays(first, 6) };
}

/**
 * A resident's share of one venue: at most N bookings not yet started, and at most M minutes in the week of the
 * requested date (a no-show still counts: the room was kept for them).
 */
export function checkQuota(own: OwnBooking[], req: { date: string; start: number; end: number }, rules: QuotaRules, now: Date): Refusal | null {
  if (upcomingOf(own, now) >= rules.maxUpcomingPerResident) {
    return refuse('CONFLICT', `每人在本场地最多保留${rules.maxUpcomingPerResident}个未开始的预约，请先使用或取消已有预约`);
  }
  const used = usedInWeek(own, weekOf(req.date));
  if (used + (req.end - req.start) > rules.maxMinutesPerWeek) {
    const left = Math.max(0, rules.maxMinutesPerWeek - used);
    const week = weekWord(req.date, now);
    const tail = left > 0 ? `，${week}还可预约${durationWords(left)}` : `，${week}额度已用完`;
    return refuse('CONFLICT', `每人每周在本场地最多预约${durationWords(rules.maxMinutesPerWeek)}${tail}`);
  }
  return null;
}

/** The week of `date` as the resident says it today: 本周, 下周, or 12月7日那周. */
export function weekWord(date: string, now: Date): string {
  const asked = weekOf(date).first;
  const current = weekOf(localDate(now)).first;
  if (asked === current) return '本周';
  if (asked === addDays(current, 7)) return '下周';
  return `${monthDay(asked)}那周`;
}

/** Bookings not yet started that hold a place (pending or confirmed). */
function upcomingOf(own: OwnBooking[], now: Date): number {
  return own.filter((b) => (b.status === 'pending' || b.status === 'confirmed') && b.startsAt.getTime() > now.getTime()).length;
}

function usedInWeek(own: OwnBooking[], week: { first: string; last: string }): number {
  return own.filter((b) => b.date >= week.first && b.date <= week.last).reduce((sum, b) => sum + (b.end - b.start), 0);
}

/**
 * What the resident may still book, by the same counts `checkQuota` refuses on, for each week that the days `from`–`to`
 * touch: shown on the room page before they pick, and the limit of the slot picker.
 */
export function allowanceOf(own: OwnBooking[], from: string, to: string, rules: QuotaRules, now: Date): BookingAllowance {
  const firsts = [...new Set(eachDay(from, to).map((d) => weekOf(d).first))];
  return {
    weeks: firsts.map((first) => {
      const week = { first, last: addDays(first, 6) };
      const used = usedInWeek(own, week);
      return { ...week, usedMinutes: used, minutesLeft: Math.max(0, rules.maxMinutesPerWeek - used) };
    }),
    maxMinutesPerWeek: rules.maxMinutesPerWeek,
    upcoming: upcomingOf(own, now),
    maxUpcoming: rules.maxUpcomingPerResident,
  };
}
