import { minutesToHhmm } from '../../../lib/time';

/** Words the domain puts in front of residents. */
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
