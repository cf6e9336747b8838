import { addDays, formatDate, formatRange, localDateOf, relativeDay, shiftMonth } from '../../src/lib/time';

// Runs under TZ=UTC and TZ=Asia/Shanghai: residents always see Shanghai time.
describe('dates the Chinese way', () => {
  it('formats a range on one day', () => {
    expect(formatRange('2026-11-28T11:00:00Z', '2026-11-28T13:00:00Z')).toBe('11月28日 周六 19:00–21:00');
  });

  it('formats a range across days and years', () => {
    expect(formatRange('2026-12-31T14:00:00Z', '2027-01-01T02:00:00Z', { today: '2026-12-30' })).toBe(
      '12月31日 周四（明天） 22:00 – 2027年1月1日 周五（后天） 10:00',
    );
  });

  it('reads the Shanghai date of an instant near midnight', () => {
    expect(localDateOf('2026-11-27T16:30:00Z')).toBe('2026-11-28');
    expect(formatDate('2026-11-28')).toBe('11月28日 周六');
  });

  it('says 今天, 明天, 后天 and 昨天', () => {
    expect(relativeDay('2026-11-25', '2026-11-25')).toBe('今天');
    expect(relativeDay('2026-11-26', '2026-11-25')).toBe('明天');
    expect(relativeDay('2026-11-27', '2026-11-25')).toBe('后天');
    expect(relativeDay('2026-11-24', '2026-11-25')).toBe('昨天');
    expect(relativeDay('2026-11-30', '2026-11-25')).toBeNull();
  });
});

describe('date arithmetic on local dates', () => {
  it('adds days across months and years, and shifts months', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-28', 28)).toBe('2026-12-26');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
