import { getDayDetail } from 'chinese-days';
import { arrangementPublished } from '../../../lib/official-calendar';
import { isoWeekday } from '../../../lib/time';
import type { DayInfo } from './hours';

/**
 * The official calendar (国务院办公厅 holiday notices, as packaged by `chinese-days`): statutory holidays and the
 * make-up workdays (调休) that pay for them. Server side only; clients get the result in `venues.slots`.
 */
export function dayInfo(date: string): DayInfo {
  if (!arrangementPublished(Number(date.slice(0, 4)))) return { type: isoWeekday(date) >= 6 ? 'weekend' : 'workday', unpublished: true };
  const detail = getDayDetail(date);
  // name is 'National Day,国庆节,3' for holiday periods and their make-up days, an English weekday otherwise.
  const festival = detail.name.split(',')[1];
  const weekend = isoWeekday(date) >= 6;
  if (detail.work) return weekend ? { type: 'makeup', ...(festival && { name: festival }) } : { type: 'workday' };
  if (festival) return { type: 'holiday', name: festival };
  return weekend ? { type: 'weekend' } : { type: 'holiday' };
}
