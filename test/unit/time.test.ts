import { addDays, daysBetween, isoWeekday, localDate, localMinutes, monthRange, toInstant } from '../../cloud/lib/time';

// Runs under TZ=UTC and TZ=Asia/Shanghai (scripts/test.mjs): the answers must not move.
describe('Asia/Shanghai time, whatever the server TZ', () => {
  it('reads the local date and minutes of an instant', () => {
    const at = new Date('2026-11-27T16:30:00Z'); // 2026-11-28 00:30 in Shanghai
    expect(localDate(at)).toBe('2026-11-28');
    expect(localMinutes(at)).toBe(30);
    expect(localDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });

  it('turns a local date and minutes back into the instant', () => {
    expect(toInstant('2026-11-28', 19 * 60).toISOString()).toBe('2026-11-28T11:00:00.000Z');
    expect(toInstant('2026-01-01', 0).toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('does date arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-09-30', '2026-10-08')).toBe(8);
    expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeekday('2026-10-01')).toBe(4);
  });
});
