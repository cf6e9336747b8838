import type { OccurrencePlan } from '../../../../types/venues/group-models';
import { MAX_SERIES_WEEKS, SERIES_START_WITHIN_DAYS } from '../../../../types/venues/group-models';
import { addDays, daysBetween, localDate, toInstant } from '../../../lib/time';
import { clockRange, durationWords, monthDay } from '../../../lib/words';
import { gridSlots, onGrid, type DayHours, type DayInfo } from './hours';
import { overlaps, type Occupant } from './occupancy';
import { weekOf } from './quota';
import { refuse, type Refusal } from './refusal';
import type { Schedule } from './schedule';

/**
 * A group's weekly series (固定时段): the same slot of one room every week for up to 12 weeks, checked week by week —
 * notice, the room's hours that day (错时 hours, the official holidays and 调休, special dates), what already holds the
 * room, and the group's weekly quota. Pure: the service reads the rows and passes them in.
 */

export interface SeriesRequest {
  firstDate: string;
  weeks: number;
  start: number;
  end: number;
}

/** The dates of a series: the first date and the same weekday of the following weeks. */
export function seriesDates(first: string, weeks: number): string[] {
  return Array.from({ length: Math.min(weeks, MAX_SERIES_WEEKS) }, (_, k) => addDays(first, 7 * k));
}

/**
 * What is wrong with the request as a whole, the same every week: the range itself, its length, where it starts. A
 * refusal here names the field; nothing is read per week.
 */
export function checkSeriesShape(req: SeriesRequest, schedule: Schedule, maxSlots: number, now: Date): Refusal | null {
  if (req.end <= req.start) return refuse('INVALID_INPUT', '结束时间须晚于开始时间', 'end');
  if (!onGrid(req.start, schedule.slotMinutes, schedule.slotOffset) || !onGrid(req.end, schedule.slotMinutes, schedule.slotOffset)) {
    return refuse('INVALID_INPUT', '所选时间与场地的时段不一致，请按场地的时段选择', 'start');
  }
  const slots = (req.end - req.start) / schedule.slotMinutes;
  if (slots > maxSlots) return refuse('INVALID_INPUT', `每次最多预约${maxSlots}个时段（${durationWords(maxSlots * schedule.slotMinutes)}）`, 'end');
  const ahead = daysBetween(localDate(now), req.firstDate);
  if (ahead < 0) return refuse('INVALID_INPUT', '首次日期不能早于今天', 'firstDate');
  if (ahead > SERIES_START_WITHIN_DAYS) return refuse('INVALID_INPUT', `首次日期须在${SERIES_START_WITHIN_DAYS}天之内`, 'firstDate');
  return null;
}

/** What one week of the series meets on its date. */
export interface WeekFacts {
  date: string;
  day: DayInfo;
  hours: DayHours;
  /** What holds the room that day (blocking statuses only). */
  occupants: Occupant[];
}

export interface QuotaFacts {
  groupName: string;
  weeklyMinutes: number;
  /** Minutes the group already holds, by the Monday of each week (every room, every series). */
  usedByWeek: Map<string, number>;
}

/**
 * Each week of the series, in order: can it be had, and if not, why — in the words a resident reads before sending.
 * A week that can be had counts towards its week's quota for the weeks after it.
 */
export function planSeries(req: SeriesRequest, weeks: WeekFacts[], schedule: Schedule, quota: QuotaFacts, now: Date): OccurrencePlan[] {
  const used = new Map(quota.usedByWeek);
  const length = req.end - req.start;
  return weeks.map((w) => {
    const reason = weekRefusal(req, w, schedule, now) ?? quotaRefusal(w.date, length, used, quota);
    if (reason) return { date: w.date, ok: false, reason };
    const monday = weekOf(w.date).first;
    used.set(monday, (used.get(monday) ?? 0) + length);
    return { date: w.date, ok: true };
  });
}

function weekRefusal(req: SeriesRequest, w: WeekFacts, schedule: Schedule, now: Date): string | null {
  const day = monthDay(w.date);
  const startsAt = toInstant(w.date, req.start).getTime();
  if (startsAt <= now.getTime()) return `${day} 该时段已开始或已结束`;
  if (startsAt < now.getTime() + schedule.minNoticeMinutes * 60_000) return `${day} 需至少提前${durationWords(schedule.minNoticeMinutes)}预约`;

  if (w.hours.closedReason) return `${day} ${w.hours.closedReason}`;
  const slots = gridSlots(w.hours.intervals, schedule.slotMinutes, schedule.slotOffset);
  const first = slots.findIndex((s) => s.start === req.start);
  const last = slots.findIndex((s) => s.end === req.end);
  const inside = w.hours.intervals.some(([s, e]) => req.start >= s && req.end <= e);
  if (!inside || first < 0 || last < first) return `${day} ${hoursWords(w)}${clockRange(req.start, req.end)} 不开放`;

  const hit = w.occupants.find((o) => overlaps(o, req));
  if (hit) {
    const what = hit.kind === 'booking' ? (hit.reason ? `已被${hit.reason}占用` : '已被预约') : `已被社区保留${hit.reason ? `：${hit.reason}` : ''}`;
    return `${day} ${clockRange(hit.start, hit.end)} ${what}`;
  }
  return null;
}

/** Why the day's hours differ from the usual ones: 国庆节放假，按周末时间开放， — empty on a plain day. */
function hoursWords(w: WeekFacts): string {
  if (w.day.type === 'holiday') return `${w.day.name ?? '法定节假日'}放假，按周末时间开放，`;
  if (w.day.type === 'makeup') return '调休上班日，按工作日时间开放，';
  if (w.hours.note.startsWith('特别开放')) return `${w.hours.note}，`;
  return '';
}

function quotaRefusal(date: string, length: number, used: Map<string, number>, quota: QuotaFacts): string | null {
  const held = used.get(weekOf(date).first) ?? 0;
  if (held + length <= quota.weeklyMinutes) return null;
  const had = held > 0 ? `已预约${durationWords(held)}，` : '';
  return `${monthDay(date)} ${quota.groupName}当周${had}超出每周${durationWords(quota.weeklyMinutes)}的额度`;
}
