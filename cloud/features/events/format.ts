import { localDate, localMinutes, minutesToHhmm } from '../../lib/time';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 11月28日 19:00 in Shanghai time, for hints and notifications. */
export function formatLocal(at: Date): string {
  const [, m, d] = localDate(at).split('-').map(Number);
  return `${m}月${d}日 ${minutesToHhmm(localMinutes(at))}`;
}

/** 11月28日 周六 19:00–21:00. */
export function formatSpan(startsAt: Date, endsAt: Date): string {
  const date = localDate(startsAt);
  const [y, m, d] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const end = localDate(endsAt) === date ? minutesToHhmm(localMinutes(endsAt)) : formatLocal(endsAt);
  return `${m}月${d}日 ${weekday} ${minutesToHhmm(localMinutes(startsAt))}–${end}`;
}
