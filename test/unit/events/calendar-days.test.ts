import { monthDays, eventCounts } from '../../../cloud/features/events/domain/calendar-days';
import { checkinOpen } from '../../../cloud/features/events/domain/checkin-window';

describe('calendar marks from the official calendar (chinese-days)', () => {
  const october = new Map(monthDays('2026-10').map((d) => [d.date, d]));

  it('has every day of the month', () => {
    expect(monthDays('2026-10')).toHaveLength(31);
    expect(monthDays('2028-02')).toHaveLength(29);
  });

  const rows: [string, string, Partial<ReturnType<typeof monthDays>[number]>][] = [
    ['国庆节 is a rest day and says so', '2026-10-01', { rest: true, holiday: '国庆节', workday: false, festival: '国庆节', lunar: '国庆节' }],
    ['a weekend inside the holiday is a rest day', '2026-10-04', { rest: true, holiday: '国庆节' }],
    ['the Saturday after is a make-up workday (调休)', '2026-10-10', { rest: false, workday: true, holiday: '国庆节' }],
    ['重阳节 is shown under its date', '2026-10-18', { festival: '重阳节', lunar: '重阳节', rest: false }],
    ['an ordinary day shows its lunar day', '2026-10-19', { lunar: '初十', festival: null, holiday: null, rest: false, workday: false }],
  ];
  it.each(rows)('%s', (_label, date, expected) => {
    expect(october.get(date)).toMatchObject(expected);
  });

  it('shows the lunar month on its first day and solar terms by name', () => {
    const november = new Map(monthDays('2026-11').map((d) => [d.date, d]));
    expect(november.get('2026-11-07')?.lunar).toBe('立冬');
    expect(monthDays('2026-10').find((d) => d.date === '2026-10-10')?.lunar).toBe('九月');
    expect(monthDays('2026-09').find((d) => d.date === '2026-09-20')).toMatchObject({ workday: true, holiday: '国庆节' });
    expect(monthDays('2026-09').find((d) => d.date === '2026-09-25')).toMatchObject({ rest: true, holiday: '中秋节', festival: '中秋节' });
  });
});

describe('checkinOpen: on the day, until the end', () => {
  const startsAt = new Date('2026-11-28T11:00:00Z'); // 19:00 Shanghai
  const endsAt = new Date('2026-11-28T13:00:00Z');
  const rows: [string, string, boolean][] = [
    ['the evening before', '2026-11-27T15:59:00Z', false],
    ['local midnight of the day', '2026-11-27T16:00:00Z', true],
    ['during', '2026-11-28T12:00:00Z', true],
    ['the end', '2026-11-28T13:00:00Z', true],
    ['after the end', '2026-11-28T13:01:00Z', false],
  ];
  it.each(rows)('%s', (_label, now, expected) => {
    expect(checkinOpen(startsAt, endsAt, new Date(now))).toBe(expected);
  });
});

describe('eventCounts: what a day of the grid counts', () => {
  it.each([
    ['nothing', [], []],
    ['two on a day', [{ date: '2026-12-05', status: 'active' }, { date: '2026-12-05', status: 'active' }], [['2026-12-05', 2]]],
    ['a cancelled one is not counted', [{ date: '2026-12-05', status: 'cancelled' }, { date: '2026-12-06', status: 'active' }], [['2026-12-06', 1]]],
    ['a day of only cancelled ones counts nothing', [{ date: '2026-12-05', status: 'cancelled' }], []],
  ] as const)('%s', (_what, events, expected) => {
    expect([...eventCounts(events)]).toEqual(expected);
  });
});
