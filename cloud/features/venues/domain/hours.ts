import type { DayType, Interval, SpecialDate, WeeklyHours } from '../../../../types/venues/models';
import { isoWeekday } from '../../../lib/time';
import { WEEKDAY_NAMES } from '../../../lib/words';

/** What the official calendar says of a date (chinese-days, read by ./calendar.ts). */
export interface DayInfo {
  type: DayType;
  /** 国庆节, 春节 … for holidays and their make-up workdays. */
  name?: string;
  /** The year's official arrangement is not published yet: a plain weekday or weekend until it is. */
  unpublished?: boolean;
}

export interface DayHours {
  intervals: Interval[];
  /** Which rule applied, when it is not the plain weekly one. */
  note: string;
  /** Set when the venue is closed all day. */
  closedReason?: string;
}

const SATURDAY = 5;
const FRIDAY = 4;

/**
 * The open intervals of one date. A special date wins (a worker sets any other rule there); a statutory holiday on a
 * weekday opens like a Saturday, and a make-up workday (调休) with the room's workday hours — the hours it keeps on most
 * weekdays, so a room closed on Mondays still opens on a make-up Sunday. A room that opens 错时 — evenings on
 * workdays, all day on rest days — follows the official calendar without anyone editing it. A closed day's reason
 * names the rule that closed it.
 */
export function hoursOfDay(weekly: WeeklyHours, date: string, day: DayInfo, special?: SpecialDate): DayHours {
  if (special?.kind === 'closed') {
    return { intervals: [], note: '', closedReason: special.reason ? `闭馆：${special.reason}` : '当日闭馆' };
  }
  if (special?.kind === 'open') {
    return { intervals: normalize(special.intervals), note: special.reason ? `特别开放：${special.reason}` : '特别开放' };
  }
  const own = isoWeekday(date) - 1;
  if (day.type === 'makeup') {
    const intervals = workdayHours(weekly);
    if (intervals.length > 0) return { intervals, note: '调休上班日，按工作日时间开放' };
    return { intervals, note: '', closedReason: '调休上班日，工作日不开放' };
  }
  let index = own;
  let note = '';
  if (day.type === 'holiday') {
    if (own < SATURDAY) index = SATURDAY;
    note = `${day.name ?? '法定节假日'}，按周末时间开放`;
  } else if (day.unpublished) {
    note = `${date.slice(0, 4)}年节假日安排尚未公布，暂按平常时间开放`;
  }
  const intervals = normalize(weekly[index] ?? []);
  if (intervals.length > 0) return { intervals, note };
  const closedReason = day.type === 'holiday' ? `${day.name ?? '节假日'}不开放` : `${WEEKDAY_NAMES[own]}不开放`;
  return { intervals, note: '', closedReason };
}

/**
 * The hours a room keeps on most weekdays (Monday to Friday); on a tie, open hours before closed ones, then the
 * earlier weekday's.
 */
export function workdayHours(weekly: WeeklyHours): Interval[] {
  const tally = new Map<string, { hours: Interval[]; days: number }>();
  for (let d = 0; d <= FRIDAY; d++) {
    const hours = normalize(weekly[d] ?? []);
    const key = JSON.stringify(hours);
    const seen = tally.get(key);
    if (seen) seen.days++;
    else tally.set(key, { hours, days: 1 });
  }
  let best: { hours: Interval[]; days: number } | null = null;
  for (const t of tally.values()) {
    const better = !best || t.days > best.days || (t.days === best.days && best.hours.length === 0 && t.hours.length > 0);
    if (better) best = t;
  }
  return best?.hours ?? [];
}

/** Sorted, with touching or overlapping intervals merged, empty ones dropped. */
export function normalize(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export interface GridSlot {
  start: number;
  end: number;
}

/**
 * Slots lie on a grid of `slotMinutes` that starts `slotOffset` minutes past midnight (so slots can start at :30, and
 * two rooms can be staggered against each other); a slot is offered only when it fits whole inside an open interval.
 */
export function gridSlots(intervals: Interval[], slotMinutes: number, slotOffset: number): GridSlot[] {
  const slots: GridSlot[] = [];
  for (const [s, e] of normalize(intervals)) {
    let t = s + mod(slotOffset - s, slotMinutes);
    for (; t + slotMinutes <= e; t += slotMinutes) slots.push({ start: t, end: t + slotMinutes });
  }
  return slots;
}

export const onGrid = (minutes: number, slotMinutes: number, slotOffset: number) => mod(minutes - slotOffset, slotMinutes) === 0;

const mod = (a: number, n: number) => ((a % n) + n) % n;
