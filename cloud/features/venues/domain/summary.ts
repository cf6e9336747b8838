import type { Interval, VenueRules, WeeklyHours } from '../../../../types/venues/models';
import { normalize } from './hours';
import { WEEKDAY_NAMES, clockRange, durationWords } from '../../../lib/words';

const intervalsText = (intervals: Interval[]) => normalize(intervals).map(([s, e]) => clockRange(s, e)).join('、');

/**
 * The weekly hours in one line for the venue card: 工作日 17:30–21:00 · 周末 09:00–21:00, 每天 09:00–21:00, or
 * runs of days (周一至周四 … · 周五 …) when the week is less regular. Closed days are left out.
 */
export function hoursSummary(weekly: WeeklyHours): string {
  const days = Array.from({ length: 7 }, (_, i) => intervalsText(weekly[i] ?? []));
  if (days.every((d) => d === '')) return '暂未开放';
  if (days.every((d) => d === days[0])) return `每天 ${days[0]}`;
  const weekdays = days.slice(0, 5);
  const weekend = days.slice(5);
  if (weekdays.every((d) => d === weekdays[0]) && weekend[0] === weekend[1]) {
    return [weekdays[0] && `工作日 ${weekdays[0]}`, weekend[0] && `周末 ${weekend[0]}`].filter(Boolean).join(' · ');
  }
  const parts: string[] = [];
  for (let i = 0; i < 7; ) {
    let j = i;
    while (j + 1 < 7 && days[j + 1] === days[i]) j++;
    if (days[i]) parts.push(`${runName(i, j)} ${days[i]}`);
    i = j + 1;
  }
  return parts.join(' · ');
}

function runName(first: number, last: number): string {
  if (first === last) return WEEKDAY_NAMES[first];
  if (last === first + 1) return `${WEEKDAY_NAMES[first]}、${WEEKDAY_NAMES[last]}`;
  return `${WEEKDAY_NAMES[first]}至${WEEKDAY_NAMES[last]}`;
}

/** The booking rules in one line for the venue page. */
export function rulesSummary(rules: VenueRules, slotMinutes: number): string {
  return [
    `可提前${rules.bookingWindowDays}天预约`,
    rules.minNoticeMinutes > 0 ? `需提前${durationWords(rules.minNoticeMinutes)}` : '随时可约',
    `每次最多${rules.maxSlotsPerBooking}个时段（每段${durationWords(slotMinutes)}）`,
    `开始前${durationWords(rules.cancelDeadlineMinutes)}可取消`,
    `开始前后${rules.checkinWindowMinutes}分钟内签到`,
  ].join(' · ');
}
