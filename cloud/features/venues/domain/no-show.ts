import type { Suspension } from '../../../../types/venues/models';
import { localDate, localMinutes } from '../../../lib/time';
import { monthDay } from '../../../lib/words';

export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_PERIOD_DAYS = 30;
export const SUSPENSION_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Where a no-show's hold ends: the slot in progress stays (it has started), every slot after it is released.
 * `now` after the booking's day releases nothing, since all of it is over.
 */
export function releasedEnd(b: { date: string; start: number; end: number }, slotMinutes: number, now: Date): number {
  const today = localDate(now);
  if (today > b.date) return b.end;
  if (today < b.date) return b.start;
  const elapsed = localMinutes(now) - b.start;
  if (elapsed <= 0) return b.start;
  return Math.min(b.end, b.start + Math.ceil(elapsed / slotMinutes) * slotMinutes);
}

/**
 * 3 no-shows in 30 days suspend booking for 30 days. Only no-shows after the last suspension began count, so one
 * run of no-shows suspends once. Returns the end of the new suspension, or null.
 */
export function suspensionDue(noShowStarts: Date[], now: Date, lastSuspensionFrom: Date | null): Date | null {
  const since = Math.max(now.getTime() - NO_SHOW_PERIOD_DAYS * DAY_MS, lastSuspensionFrom?.getTime() ?? -Infinity);
  const recent = noShowStarts.filter((t) => t.getTime() > since);
  return recent.length >= NO_SHOW_LIMIT ? new Date(now.getTime() + SUSPENSION_DAYS * DAY_MS) : null;
}

/** 因30天内3次预约未到场，场地预约暂停至12月25日 */
export const suspensionMessage = (s: Suspension) => `${s.reason}，场地预约暂停至${monthDay(localDate(new Date(s.until)))}`;
