/** '18:30' from a time picker → minutes from midnight; '00:00' as an end means midnight at the end of the day. */
export function pickerMinutes(hhmm: string, asEnd = false): number {
  const [h, m] = hhmm.split(':').map(Number);
  const minutes = h * 60 + m;
  return asEnd && minutes === 0 ? 1440 : minutes;
}
