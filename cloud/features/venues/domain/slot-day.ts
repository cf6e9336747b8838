import type { Slot, SlotDay, SpecialDate } from '../../../../types/venues/models';
import { addDays, daysBetween, localDate, toInstant } from '../../../lib/time';
import { gridSlots, hoursOfDay, type DayInfo, type GridSlot } from './hours';
import { overlaps, type Occupant } from './occupancy';
import type { Schedule } from './schedule';
import { durationWords, monthDay } from '../../../lib/words';

export interface SlotDayInput {
  schedule: Schedule;
  date: string;
  day: DayInfo;
  special?: SpecialDate;
  /** What already holds this venue on this date (blocking statuses only). */
  occupants: Occupant[];
  now: Date;
  /** Whose view it is: their own bookings show as 我的预约. */
  viewerId: number;
}

/** One day of a venue as the viewer sees it: the hours that apply, and every slot with its state and the reason. */
export function slotDay(input: SlotDayInput): SlotDay {
  const { schedule, date, day } = input;
  const hours = hoursOfDay(schedule.weekly, date, day, input.special);
  const slots = gridSlots(hours.intervals, schedule.slotMinutes, schedule.slotOffset).map((g) => slotState(g, input));
  const out: SlotDay = { date, dayType: day.type, hoursNote: hours.note, freeCount: slots.filter((s) => s.state === 'free').length, slots };
  const name = dayName(day);
  if (name) out.dayName = name;
  if (hours.closedReason) out.closedReason = hours.closedReason;
  return out;
}

function dayName(day: DayInfo): string | undefined {
  if (day.type === 'makeup') return '调休上班';
  if (day.type === 'holiday') return day.name ?? '节假日';
  return undefined;
}

/**
 * Precedence: the viewer's own booking; then anything in the past or inside the minimum notice is 已过期; then what
 * holds the slot (社区保留 > 待审核 > 已约满); then dates beyond the booking window are 未开放; else 可预约.
 */
export function slotState(slot: GridSlot, input: SlotDayInput): Slot {
  const base = { start: slot.start, end: slot.end };
  const holders = input.occupants.filter((o) => overlaps(o, slot));
  const mine = holders.find((o) => o.kind === 'booking' && o.userId === input.viewerId);
  if (mine) {
    return mine.status === 'pending'
      ? { ...base, state: 'pending', mine: true, note: '您的预约正在审核' }
      : { ...base, state: 'mine', mine: true, ...(mine.status === 'no_show' && { note: '未按时签到' }) };
  }
  const startsAt = toInstant(input.date, slot.start).getTime();
  const now = input.now.getTime();
  if (startsAt <= now) return { ...base, state: 'expired', note: '时间已过' };
  const notice = input.schedule.minNoticeMinutes;
  if (startsAt < now + notice * 60_000) return { ...base, state: 'expired', note: `需提前${durationWords(notice)}预约` };

  const reserved = holders.find((o) => o.kind !== 'booking');
  if (reserved) return { ...base, state: 'reserved', note: reserved.reason || '社区活动使用' };
  if (holders.some((o) => o.status === 'pending')) return { ...base, state: 'pending', note: '他人预约审核中，未通过将重新开放' };
  // A group's weekly series names its group (its rows carry the group's name as their reason).
  if (holders.length > 0) return { ...base, state: 'full', note: holders.find((o) => o.reason)?.reason ? `${holders.find((o) => o.reason)!.reason}固定活动` : '已被其他居民预约' };

  const today = localDate(input.now);
  const ahead = daysBetween(today, input.date);
  if (ahead >= input.schedule.bookingWindowDays) {
    const opensOn = addDays(input.date, -(input.schedule.bookingWindowDays - 1));
    return { ...base, state: 'closed', note: `${monthDay(opensOn)}起开放预约` };
  }
  return { ...base, state: 'free' };
}
