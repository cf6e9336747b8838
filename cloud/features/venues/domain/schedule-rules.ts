import type { Interval, WeeklyHours } from '../../../../types/venues/models';
import { gridSlots, onGrid } from './hours';
import { refuse, type Refusal } from './refusal';
import { WEEKDAY_NAMES, clockRange, durationWords } from '../../../lib/words';

/**
 * Hours a worker may save: slots of a whole number of quarter hours, an offset inside one slot, and every open
 * interval starting and ending on the slot grid, so what the card says (17:30–21:00) is exactly what can be booked.
 */
export function checkSchedule(s: { weekly: WeeklyHours; slotMinutes: number; slotOffset: number }): Refusal | null {
  if (s.slotMinutes % 15 !== 0) return refuse('INVALID_INPUT', '时段长度须为15分钟的整数倍', 'slotMinutes');
  if (s.slotOffset % 15 !== 0 || s.slotOffset >= s.slotMinutes) {
    return refuse('INVALID_INPUT', '时段起点须为15分钟的整数倍，且小于时段长度', 'slotOffset');
  }
  for (let day = 0; day < 7; day++) {
    const bad = checkIntervals(s.weekly[day], s.slotMinutes, s.slotOffset, WEEKDAY_NAMES[day]);
    if (bad) return { ...bad, field: `weekly.${day}` };
  }
  return null;
}

/** Intervals of one day (a weekday, or a special opening). */
export function checkIntervals(intervals: Interval[], slotMinutes: number, slotOffset: number, dayLabel: string): Refusal | null {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < sorted.length; i++) {
    const [start, end] = sorted[i];
    if (end <= start) return refuse('INVALID_INPUT', `${dayLabel}的开放时间结束须晚于开始`);
    if (i > 0 && start < sorted[i - 1][1]) return refuse('INVALID_INPUT', `${dayLabel}的开放时间有重叠`);
    if (!onGrid(start, slotMinutes, slotOffset) || !onGrid(end, slotMinutes, slotOffset)) {
      const fit = gridSlots([[start, end]], slotMinutes, slotOffset);
      const hint = fit.length > 0 ? `，可改为 ${clockRange(fit[0].start, fit[fit.length - 1].end)}` : '';
      return refuse('INVALID_INPUT', `${dayLabel} ${clockRange(start, end)} 与${durationWords(slotMinutes)}的时段不对齐${hint}`);
    }
  }
  return null;
}
