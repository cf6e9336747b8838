import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Dates the Chinese way, always in the community's time (Asia/Shanghai = UTC+8, no DST), whatever the device's zone:
 * 11月28日 周六 19:00–21:00; 今天 / 明天 / 后天 where it helps.
 */
export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const WEEKDAY_HEADS_MONDAY_FIRST = ['一', '二', '三', '四', '五', '六', '日'];

/** An instant (ISO) or a local date ('YYYY-MM-DD', already Shanghai) as a dayjs in UTC+8. */
export function shanghai(value: string | Date): Dayjs {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dayjs.utc(`${value}T00:00:00Z`).utcOffset(480, true);
  return dayjs(value).utcOffset(480);
}

export function localDateOf(value: string | Date): string {
  return shanghai(value).format('YYYY-MM-DD');
}

const RELATIVE = ['今天', '明天', '后天'];

/** A local date n days later: '2026-11-28' + 28 → '2026-12-26'. */
export function addDays(date: string, n: number): string {
  return shanghai(date).add(n, 'day').format('YYYY-MM-DD');
}

/** '2026-11' ± n months. */
export function shiftMonth(month: string, n: number): string {
  return shanghai(`${month}-01`).add(n, 'month').format('YYYY-MM');
}

/** 今天 / 明天 / 后天 / 昨天, or null. */
export function relativeDay(date: string, today: string): string | null {
  const diff = shanghai(date).startOf('day').diff(shanghai(today).startOf('day'), 'day');
  if (diff === -1) return '昨天';
  return RELATIVE[diff] ?? null;
}

/** 11月28日 周六 (and 2027年1月3日 周日 outside the current year). */
export function formatDate(value: string | Date, opts: { today?: string } = {}): string {
  const d = shanghai(value);
  const sameYear = !opts.today || shanghai(opts.today).year() === d.year();
  const base = `${sameYear ? '' : `${d.year()}年`}${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`;
  const rel = opts.today ? relativeDay(d.format('YYYY-MM-DD'), opts.today) : null;
  return rel ? `${base}（${rel}）` : base;
}

export function formatClock(value: string | Date): string {
  return shanghai(value).format('HH:mm');
}

/** Minutes since midnight → 19:00. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 11月28日 周六 19:00–21:00, or across days 11月28日 周六 19:00 – 11月29日 周日 12:00. */
export function formatRange(start: string | Date, end: string | Date, opts: { today?: string } = {}): string {
  const s = shanghai(start);
  const e = shanghai(end);
  if (s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD')) return `${formatDate(start, opts)} ${s.format('HH:mm')}–${e.format('HH:mm')}`;
  return `${formatDate(start, opts)} ${s.format('HH:mm')} – ${formatDate(end, opts)} ${e.format('HH:mm')}`;
}

/** 11月28日 19:00, for timelines and lists. */
export function formatMoment(value: string | Date): string {
  const d = shanghai(value);
  return `${d.month() + 1}月${d.date()}日 ${d.format('HH:mm')}`;
}
