import type { Interval, WeeklyHours } from '../../../types/venues/models';
import type { Schedule } from '../../../cloud/features/venues/domain/schedule';

export const hm = (h: number, m = 0) => h * 60 + m;
export const span = (from: string, to: string): Interval => {
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  return [hm(fh, fm), hm(th, tm)];
};

/** 错时开放: weekday evenings after office hours, weekends all day. */
export function staggeredWeek(weekday: Interval[], weekend: Interval[]): WeeklyHours {
  return [weekday, weekday, weekday, weekday, weekday, weekend, weekend];
}

export const EVENINGS_AND_WEEKENDS = staggeredWeek([span('17:30', '21:00')], [span('09:00', '21:00')]);

export function schedule(over: Partial<Schedule> = {}): Schedule {
  return { weekly: EVENINGS_AND_WEEKENDS, slotMinutes: 30, slotOffset: 0, bookingWindowDays: 7, minNoticeMinutes: 120, ...over };
}

/** An instant given as Shanghai wall time. */
export const at = (local: string) => new Date(`${local}:00+08:00`);
