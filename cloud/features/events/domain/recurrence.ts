import { addDays, daysBetween, eachDay, isoWeekday } from '../../../lib/time';
import type { Problem } from './problem';

export interface WeeklyRule {
  /** ISO weekdays, Monday 1 … Sunday 7. */
  weekdays: number[];
  /** Last local date an occurrence may fall on (inclusive). */
  until: string;
}

export const MAX_OCCURRENCES = 60;
export const MAX_SERIES_DAYS = 184;

/** Local dates of a weekly series: every chosen weekday from the first date up to `until`, in order. */
export function expandWeekly(firstDate: string, rule: WeeklyRule): string[] {
  const days = new Set(rule.weekdays);
  if (rule.until < firstDate) return [];
  const last = daysBetween(firstDate, rule.until) > MAX_SERIES_DAYS ? addDays(firstDate, MAX_SERIES_DAYS) : rule.until;
  return eachDay(firstDate, last).filter((d) => days.has(isoWeekday(d)));
}

export function recurrenceProblem(firstDate: string, rule: WeeklyRule): Problem | null {
  if (!rule.weekdays.includes(isoWeekday(firstDate))) {
    return { field: 'recurrence.weekdays', message: '首次活动的日期须是所选的星期之一' };
  }
  if (rule.until < firstDate) return { field: 'recurrence.until', message: '重复截止日期不能早于首次活动日期' };
  if (daysBetween(firstDate, rule.until) > MAX_SERIES_DAYS) return { field: 'recurrence.until', message: '每周重复最长半年' };
  if (expandWeekly(firstDate, rule).length > MAX_OCCURRENCES) {
    return { field: 'recurrence.until', message: `一次最多创建${MAX_OCCURRENCES}场活动` };
  }
  return null;
}

/** The instants of one occurrence. */
export interface OccurrenceTimes {
  startsAt: Date;
  endsAt: Date;
  signupOpensAt: Date;
  signupClosesAt: Date;
  cancelDeadline: Date;
}

const DAY_MS = 86_400_000;

/**
 * The same occurrence moved to another local date: every instant moves by whole days, so clock times and the gaps
 * between start, window and deadline stay (Shanghai has no daylight saving, so a day is always 24 h).
 */
export function moveToDate(times: OccurrenceTimes, fromDate: string, toDate: string): OccurrenceTimes {
  const shift = daysBetween(fromDate, toDate) * DAY_MS;
  const at = (d: Date) => new Date(d.getTime() + shift);
  return {
    startsAt: at(times.startsAt),
    endsAt: at(times.endsAt),
    signupOpensAt: at(times.signupOpensAt),
    signupClosesAt: at(times.signupClosesAt),
    cancelDeadline: at(times.cancelDeadline),
  };
}
