import { getDayDetail, getLunarDate, getLunarFestivals, getSolarTerms } from 'chinese-days';
import type { CalendarDay } from '../../../../types/events';
import { eachDay, monthRange } from '../../../lib/time';

/**
 * Marks of the official calendar for a month grid: statutory holidays (休) and make-up workdays (班) from the State
 * Council's schedule, lunar days, solar terms and the traditional festivals residents keep. Computed here, not in the
 * mini-program: chinese-days would add its tables to the main package.
 */

/** chinese-days names many folk observances; these are the ones a community calendar shows. */
const FESTIVALS: Record<string, string> = {
  除夕: '除夕',
  春节: '春节',
  元宵节: '元宵节',
  春龙节: '龙抬头',
  端午节: '端午节',
  乞巧节: '七夕',
  '中元(鬼)节': '中元节',
  中秋节: '中秋节',
  重阳节: '重阳节',
  寒衣节: '寒衣节',
  腊八节: '腊八节',
};

/** Fixed-date days that community calendars mark (建党节 and 学雷锋纪念日 matter to 党建 and 志愿 work). */
const SOLAR_DAYS: Record<string, string> = {
  '01-01': '元旦',
  '03-05': '学雷锋日',
  '03-08': '妇女节',
  '05-01': '劳动节',
  '05-04': '青年节',
  '06-01': '儿童节',
  '07-01': '建党节',
  '08-01': '建军节',
  '09-10': '教师节',
  '10-01': '国庆节',
};

/** The official schedule names holidays briefly ("中秋"); residents say "中秋节". */
const HOLIDAY_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

type DayMarks = Omit<CalendarDay, 'count'>;

const cache = new Map<string, DayMarks[]>();

/** Every day of a month ('YYYY-MM') with its marks; the same month always gives the same answer, so it is kept. */
export function monthDays(month: string): DayMarks[] {
  let days = cache.get(month);
  if (!days) {
    days = computeMonth(month);
    if (cache.size > 240) cache.clear();
    cache.set(month, days);
  }
  return days;
}

function computeMonth(month: string): DayMarks[] {
  const { first, last } = monthRange(month);
  const festivals = new Map<string, string>();
  for (const f of getLunarFestivals(first, last)) {
    const name = f.name.map((n) => FESTIVALS[n]).find(Boolean);
    if (name) festivals.set(f.date, name);
  }
  const terms = new Map(getSolarTerms(first, last).map((t) => [t.date, t.name]));
  return eachDay(first, last).map((date) =>
    dayMarks(date, festivals.get(date) ?? SOLAR_DAYS[date.slice(5)] ?? null, terms.get(date) ?? null),
  );
}

function dayMarks(date: string, festival: string | null, term: string | null): DayMarks {
  // A year not yet published has no 休 or 班 marks: chinese-days then reports plain weekdays, which is what we show.
  const detail = getDayDetail(date);
  // Holidays carry "English,中文,n"; ordinary days just a weekday name.
  const official = detail.name.includes(',') ? detail.name.split(',')[1] : null;
  const holiday = official ? (HOLIDAY_NAMES[official] ?? official) : null;
  const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  const lunar = getLunarDate(date);
  const lunarText = lunar.lunarDay === 1 ? `${lunar.isLeap ? '闰' : ''}${lunar.lunarMonCN}` : lunar.lunarDayCN;
  return {
    date,
    lunar: festival ?? term ?? lunarText,
    festival,
    holiday,
    rest: holiday !== null && !detail.work,
    workday: holiday !== null && detail.work && weekend,
  };
}

/** How many events each day of the grid shows (「2场」): what takes place, so a cancelled event is listed but not counted. */
export function eventCounts(events: readonly { date: string; status: 'active' | 'cancelled' }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.status !== 'cancelled') counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  return counts;
}
