import { addDays, daysBetween, localDate, toInstant } from '../../../lib/time';
import { gridSlots, type DayHours } from './hours';
import { refuse, type Refusal } from './refusal';
import type { Schedule } from './schedule';
import { durationWords, monthDay } from '../../../lib/words';

export interface RangeRequest {
  date: string;
  start: number;
  end: number;
}

export interface RangeCheck {
  schedule: Schedule;
  maxSlots: number;
  hours: DayHours;
  now: Date;
  /** Workers book for residents and reserve for the community: no booking window, no notice, no slot limit. */
  asStaff: boolean;
}

/**
 * Whether a requested range is one a resident (or a worker) may ask for on that day: a run of whole, consecutive
 * slots inside the open hours, inside the booking window, with enough notice, and not longer than the venue allows.
 * Overlap with other bookings is not checked here: that needs the venue's lock (see ../data/range-lock.ts).
 */
export function checkRange(req: RangeRequest, rules: RangeCheck): Refusal | null {
  const { schedule, hours, now } = rules;
  if (req.end <= req.start) return refuse('INVALID_INPUT', '结束时间须晚于开始时间', 'end');

  const today = localDate(now);
  if (daysBetween(today, req.date) < 0) return refuse('INVALID_INPUT', '不能预约已经过去的日期', 'date');
  if (!rules.asStaff && daysBetween(today, req.date) >= schedule.bookingWindowDays) {
    const last = addDays(today, schedule.bookingWindowDays - 1);
    return refuse('INVALID_INPUT', `只能预约${schedule.bookingWindowDays}天内的时段（至${monthDay(last)}）`, 'date');
  }
  if (hours.closedReason) return refuse('INVALID_INPUT', `${monthDay(req.date)}${hours.closedReason}`, 'date');

  const inside = hours.intervals.some(([s, e]) => req.start >= s && req.end <= e);
  if (!inside) return refuse('INVALID_INPUT', '所选时间不在场地开放时间内', 'start');
  const slots = gridSlots(hours.intervals, schedule.slotMinutes, schedule.slotOffset);
  const first = slots.findIndex((s) => s.start === req.start);
  const last = slots.findIndex((s) => s.end === req.end);
  if (first < 0 || last < first) return refuse('INVALID_INPUT', '所选时间与场地的时段不一致，请按页面上的时段选择', 'start');

  const count = last - first + 1;
  if (!rules.asStaff && count > rules.maxSlots) {
    return refuse('INVALID_INPUT', `每次最多预约${rules.maxSlots}个时段（${durationWords(rules.maxSlots * schedule.slotMinutes)}）`, 'end');
  }

  const startsAt = toInstant(req.date, req.start).getTime();
  const endsAt = toInstant(req.date, req.end).getTime();
  if (rules.asStaff) {
    if (endsAt <= now.getTime()) return refuse('INVALID_INPUT', '该时段已经结束', 'start');
    return null;
  }
  if (startsAt <= now.getTime()) return refuse('INVALID_INPUT', '该时段已开始或已结束', 'start');
  if (startsAt < now.getTime() + schedule.minNoticeMinutes * 60_000) {
    return refuse('INVALID_INPUT', `需至少提前${durationWords(schedule.minNoticeMinutes)}预约`, 'start');
  }
  return null;
}
