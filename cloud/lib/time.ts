/**
 * Community time is Asia/Shanghai whatever the server's TZ (CloudBase runs UTC).
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no Intl data.
 */
export const SHANGHAI_OFFSET_MIN = 8 * 60;
const OFFSET_MS = SHANGHAI_OFFSET_MIN * 60_000;
const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' of the instant in Shanghai. */
export function localDate(at: Date): string {
  const d = new Date(at.getTime() + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Minutes since Shanghai midnight. */
export function localMinutes(at: Date): number {
  const ms = (at.getTime() + OFFSET_MS) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 60_000);
}

/** The instant of a Shanghai date and minutes from its midnight. */
export function toInstant(date: string, minutes = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - OFFSET_MS + minutes * 60_000);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The longest run of days any caller may ask for (a year and a day); a longer one is a bug, never a loop. */
export const MAX_DAY_RUN = 367;

/**
 * Every local date from `first` to `last` inclusive, counted rather than compared as text (2100-… and 10000-… do not
 * sort as dates do). Throws past MAX_DAY_RUN, so no caller-chosen range can keep a loop running.
 */
export function eachDay(first: string, last: string): string[] {
  const count = daysBetween(first, last) + 1;
  if (!Number.isInteger(count) || count > MAX_DAY_RUN) throw new RangeError(`day run too long: ${first}..${last}`);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i));
}

/** ISO weekday of a local date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toInstant(to).getTime() - toInstant(from).getTime()) / DAY_MS);
}

/** Instants are stored as UTC ISO-8601 text. */
export const iso = (at: Date): string => at.toISOString();

export function minutesToHhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** '2026-11' → first and last local dates of that month. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${pad(lastDay)}` };
}
