import type { UsageHeatCell } from '../../../../types/venues';

/** 0.257 → 25.7%. */
export const sharePercent = (share: number) => `${Math.round(share * 1000) / 10}%`;

export const HEAT_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** The heat map's grid: weekdays down, the hours that were ever open across; a cell's shade is one of five steps. */
export function heatGrid(cells: readonly UsageHeatCell[]): { hours: number[]; rows: { weekday: number; cells: (UsageHeatCell | null)[] }[] } {
  if (cells.length === 0) return { hours: [], rows: [] };
  const first = Math.min(...cells.map((c) => c.hour));
  const last = Math.max(...cells.map((c) => c.hour));
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const at = new Map(cells.map((c) => [`${c.weekday}|${c.hour}`, c]));
  return { hours, rows: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, cells: hours.map((h) => at.get(`${weekday}|${h}`) ?? null) })) };
}

/** 0 for an open hour nobody took, 1–4 by quarters of its share. */
export const heatLevel = (share: number) => (share <= 0 ? 0 : Math.min(4, Math.ceil(share * 4)));
