const pad = (n: number) => String(n).padStart(2, '0');

export const TIME_HOURS = Array.from({ length: 24 }, (_, h) => pad(h));
export const TIME_MINUTES = Array.from({ length: 12 }, (_, i) => pad(i * 5));

/** The wheels' positions for 'HH:MM': the hour, and the minute rounded down to its 5-minute step. */
export function nearestStep(hhmm: string): [number, number] {
  const [h, m] = hhmm.split(':').map(Number);
  const hour = Number.isInteger(h) ? Math.min(Math.max(h, 0), 23) : 0;
  const minute = Number.isInteger(m) ? Math.min(Math.max(Math.floor(m / 5), 0), 11) : 0;
  return [hour, minute];
}
