import type { GroupKind, SeriesBrief, SeriesStatus } from '../../../types/venues/group-models';
import type { Tone } from '../../components/status-tag';
import { formatMinutes, shanghai, WEEKDAYS } from '../../lib/time';

/** Words of groups and their weekly series, on the client (type-only imports: no schema reaches the page). */

export const GROUP_KINDS: { key: GroupKind; label: string }[] = [
  { key: 'team', label: '文体队伍' },
  { key: 'club', label: '兴趣社团' },
  { key: 'org', label: '社会组织' },
];
export const groupKindLabel = (k: GroupKind) => GROUP_KINDS.find((g) => g.key === k)?.label ?? '';

export const SERIES_STATUS: Record<SeriesStatus, { label: string; tone: Tone }> = {
  pending: { label: '待审核', tone: 'wait' },
  confirmed: { label: '已通过', tone: 'ok' },
  rejected: { label: '未通过', tone: 'danger' },
  cancelled: { label: '已取消', tone: 'closed' },
};

/** 每周四 */
export const everyWeekday = (date: string) => `每${WEEKDAYS[shanghai(date).day()]}`;

/** 每周四 19:00–20:00 */
export const everyWeek = (date: string, start: number, end: number) => `${everyWeekday(date)} ${formatMinutes(start)}–${formatMinutes(end)}`;

/** 9月17日起 · 8次 */
export const seriesSpan = (s: Pick<SeriesBrief, 'firstDate' | 'lastDate' | 'live'>) =>
  `${Number(s.firstDate.slice(5, 7))}月${Number(s.firstDate.slice(8))}日至${Number(s.lastDate.slice(5, 7))}月${Number(s.lastDate.slice(8))}日 · 有效${s.live}次`;

/** 60 → 1小时, 90 → 90分钟 */
export const hoursWords = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`);
