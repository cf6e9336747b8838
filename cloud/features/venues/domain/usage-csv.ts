import type { UsageFigures, VenueUsage } from '../../../../types/venues/usage';

/**
 * The figures as CSV for a worker to send up the line: a header, the total, each community, each room for the month,
 * then each room by week. UTF-8 with a BOM so that Excel shows the Chinese; shares as percentages.
 */
export function usageCsv(u: VenueUsage): string {
  const head = ['范围', '社区', '场所', '时段', '开放小时', '预约小时', '保留小时', '签到使用小时', '预约率', '保留率', '使用率', '预约次数', '未到场次数', '未到场率'];
  const rows: string[][] = [head];
  const line = (scope: string, community: string, room: string, period: string, f: UsageFigures) =>
    rows.push([scope, community, room, period, hours(f.openMinutes), hours(f.bookedMinutes), hours(f.heldMinutes), hours(f.usedMinutes), pct(f.bookedShare), pct(f.heldShare), pct(f.usedShare), String(f.bookings), String(f.noShows), pct(f.noShowRate)]);
  line(u.placeName, '', '', u.month, u.total);
  for (const c of u.communities) line(u.placeName, c.name, '', u.month, c.month);
  for (const r of u.rooms) line(u.placeName, r.communityName, r.name, u.month, r.month);
  for (const r of u.rooms) r.weeks.forEach((w, i) => line(u.placeName, r.communityName, r.name, `${u.weeks[i].from}~${u.weeks[i].to}`, w));
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const hours = (minutes: number) => String(Math.round((minutes / 60) * 10) / 10);
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Quoted when it holds a comma, quote or line break; a leading = + - @ is defused so no spreadsheet runs it. */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
