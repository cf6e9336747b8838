import type { BookingAllowance } from '../../../types/venues/models';
import { addDays } from '../../lib/time';

/** 120 → 2小时, 90 → 90分钟 (as the server words its refusals). */
export function durationText(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

export interface PickLimit {
  /** How many slots a run may hold for this person on this date (0: none). */
  max: number;
  /** Why the limit is lower than the venue's own maximum, in the resident's words; null when it is the venue's. */
  note: string | null;
}

/** 本周 / 下周 / 12月7日那周: the week of `date` as seen from `today`. */
export function weekWord(first: string, today: string): string {
  if (today >= first && today <= addDays(first, 6)) return '本周';
  if (addDays(today, 7) >= first && addDays(today, 7) <= addDays(first, 6)) return '下周';
  const [, m, d] = first.split('-').map(Number);
  return `${m}月${d}日那周`;
}

/** The week of the allowance that holds `date`. */
export function weekOfDate(allowance: BookingAllowance, date: string) {
  return allowance.weeks.find((w) => date >= w.first && date <= w.last) ?? null;
}

/**
 * How far a resident's pick may go on `date`: the venue's maximum of slots, lowered to what their weekly hours leave,
 * and none while they hold as many upcoming bookings as one may — the rules bookings.create applies, before they pick.
 */
export function pickLimit(allowance: BookingAllowance, date: string, today: string, slotMinutes: number, maxSlots: number): PickLimit {
  if (allowance.upcoming >= allowance.maxUpcoming) {
    return { max: 0, note: `您在本场地已有${allowance.upcoming}个未开始的预约（每人最多${allowance.maxUpcoming}个），请先使用或取消后再预约` };
  }
  const week = weekOfDate(allowance, date);
  if (!week) return { max: maxSlots, note: null };
  const when = weekWord(week.first, today);
  const fits = Math.floor(week.minutesLeft / slotMinutes);
  if (fits <= 0) return { max: 0, note: `${when}在本场地的预约已满${durationText(allowance.maxMinutesPerWeek)}（每人每周最多${durationText(allowance.maxMinutesPerWeek)}），请选择其他周` };
  if (fits < maxSlots) return { max: fits, note: `${when}还可预约${durationText(week.minutesLeft)}，最多选${fits}个时段` };
  return { max: maxSlots, note: null };
}
