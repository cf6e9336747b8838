import { isoWeekday, localDate, localMinutes, minutesToHhmm } from './time';

/** How dates, times and durations read to residents (Shanghai time), for every feature's messages and hints. */

/** Monday first: WEEKDAY_NAMES[isoWeekday(date) - 1]. */
export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** 120 → 2小时, 90 → 90分钟, 1440 → 1天. */
export function durationWords(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}天`;
  if (minutes % 60 === 0) return `${minutes / 60}小时`;
  return `${minutes}分钟`;
}

/** 2026-12-02 → 12月2日 */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

export const clockRange = (start: number, end: number) => `${minutesToHhmm(start)}–${minutesToHhmm(end)}`;

/** 11月28日 19:00 */
export function formatLocal(at: Date): string {
  return `${monthDay(localDate(at))} ${minutesToHhmm(localMinutes(at))}`;
}

/** 11月28日 周六 19:00–21:00 (the end's date is added when it falls on another day). */
export function formatSpan(startsAt: Date, endsAt: Date): string {
  const date = localDate(startsAt);
  const end = localDate(endsAt) === date ? minutesToHhmm(localMinutes(endsAt)) : formatLocal(endsAt);
  return `${monthDay(date)} ${WEEKDAY_NAMES[isoWeekday(date) - 1]} ${minutesToHhmm(localMinutes(startsAt))}–${end}`;
}
