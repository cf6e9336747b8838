/** The instants of the event form: local date and clock pickers in, ISO instants with +08:00 out. */

export interface WindowOption {
  label: string;
  /** Hours before the start; null = leave it to the server (now for a new event, unchanged for an edit). */
  hours: number | null;
}

export const OPEN_OPTIONS_NEW: WindowOption[] = [
  { label: '发布后立即开放', hours: null },
  { label: '开始前3天', hours: 72 },
  { label: '开始前7天', hours: 168 },
];
export const OPEN_OPTIONS_EDIT: WindowOption[] = [{ label: '保持原设置', hours: null }, ...OPEN_OPTIONS_NEW.slice(1)];
export const CLOSE_OPTIONS: WindowOption[] = [
  { label: '活动开始时', hours: 0 },
  { label: '开始前1小时', hours: 1 },
  { label: '开始前1天', hours: 24 },
];
export const CANCEL_OPTIONS: WindowOption[] = [
  { label: '活动开始时', hours: 0 },
  { label: '开始前2小时', hours: 2 },
  { label: '开始前1天', hours: 24 },
];

/** '2026-11-28' + '19:00' → '2026-11-28T19:00:00+08:00'. */
export function instantOf(date: string, hhmm: string): string {
  return `${date}T${hhmm}:00+08:00`;
}

export function hoursBefore(startIso: string, iso: string): number {
  return Math.round((Date.parse(startIso) - Date.parse(iso)) / 3_600_000);
}

export function minusHours(startIso: string, hours: number): string {
  return new Date(Date.parse(startIso) - hours * 3_600_000).toISOString();
}

/** The options with the event's own setting added when it is none of them; and the index to show. */
export function withCurrent(options: WindowOption[], hours: number): { options: WindowOption[]; index: number } {
  const index = options.findIndex((o) => o.hours === hours);
  if (index >= 0) return { options, index };
  const label = hours % 24 === 0 ? `开始前${hours / 24}天` : `开始前${hours}小时`;
  return { options: [...options, { label, hours }], index: options.length };
}

