import { dayInfo } from '../../../cloud/features/venues/domain/calendar';
import { gridSlots, hoursOfDay, normalize, workdayHours } from '../../../cloud/features/venues/domain/hours';
import { eachDay } from '../../../cloud/lib/time';
import { WEEKDAY_NAMES } from '../../../cloud/lib/words';
import type { SpecialDate } from '../../../types/venues/models';
import { EVENINGS_AND_WEEKENDS, span, staggeredWeek } from './fixtures';

const times = (slots: { start: number; end: number }[]) =>
  slots.map((s) => `${String(Math.floor(s.start / 60)).padStart(2, '0')}:${String(s.start % 60).padStart(2, '0')}`);

describe('the slot grid', () => {
  it.each([
    ['60-minute slots on the hour inside 18:00–21:00', [span('18:00', '21:00')], 60, 0, ['18:00', '19:00', '20:00']],
    ['60-minute slots at :30 inside 17:30–20:30', [span('17:30', '20:30')], 60, 30, ['17:30', '18:30', '19:30']],
    ['a part slot at the end is not offered', [span('17:30', '21:00')], 60, 30, ['17:30', '18:30', '19:30']],
    ['a part slot at the start is not offered', [span('17:30', '21:00')], 60, 0, ['18:00', '19:00', '20:00']],
    ['30-minute slots fill 17:30–21:00', [span('17:30', '21:00')], 30, 0, ['17:30', '18:00', '18:30', '19:00', '19:30', '20:00', '20:30']],
    ['two intervals with a lunch break', [span('14:00', '17:00'), span('09:00', '12:00')], 60, 0, ['09:00', '10:00', '11:00', '14:00', '15:00', '16:00']],
    ['90-minute slots keep one grid from midnight across a break', [span('14:00', '17:00'), span('09:00', '12:00')], 90, 0, ['09:00', '10:30', '15:00']],
    ['120-minute slots offset by 60', [span('09:00', '21:00')], 120, 60, ['09:00', '11:00', '13:00', '15:00', '17:00', '19:00']],
    ['an interval shorter than a slot offers nothing', [span('20:00', '20:45')], 60, 0, []],
    ['touching intervals join into one', [span('09:00', '10:30'), span('10:30', '12:00')], 60, 0, ['09:00', '10:00', '11:00']],
  ])('%s', (_label, intervals, len, offset, expected) => {
    expect(times(gridSlots(intervals, len, offset))).toEqual(expected);
  });

  it('staggers two rooms against each other: one on the hour, the other on the half hour', () => {
    const evening = [span('17:00', '21:30')];
    const a = gridSlots(evening, 60, 0);
    const b = gridSlots(evening, 60, 30);
    expect(times(a)).toEqual(['17:00', '18:00', '19:00', '20:00']);
    expect(times(b)).toEqual(['17:30', '18:30', '19:30', '20:30']);
    expect(a.every((s) => s.end - s.start === 60) && b.every((s) => s.end - s.start === 60)).toBe(true);
  });

  it('normalizes: sorts, merges overlaps and drops empty intervals', () => {
    expect(normalize([span('14:00', '16:00'), span('09:00', '12:00'), span('11:00', '13:00'), [600, 600]])).toEqual([span('09:00', '13:00'), span('14:00', '16:00')]);
  });
});

describe('the official calendar (chinese-days), 2026', () => {
  it.each([
    ['2026-09-25', 'holiday', '中秋节'], // Friday: Mid-autumn
    ['2026-10-01', 'holiday', '国庆节'], // Thursday
    ['2026-10-03', 'holiday', '国庆节'], // Saturday inside the holiday
    ['2026-10-07', 'holiday', '国庆节'], // Wednesday
    ['2026-09-20', 'makeup', '国庆节'], // Sunday worked for National Day
    ['2026-10-10', 'makeup', '国庆节'], // Saturday worked for National Day
    ['2026-10-08', 'workday', undefined],
    ['2026-10-11', 'weekend', undefined],
    ['2026-11-28', 'weekend', undefined],
    ['2026-11-25', 'workday', undefined],
  ])('%s is a %s', (date, type, name) => {
    const info = dayInfo(date);
    expect(info.type).toBe(type);
    if (name) expect(info.name).toContain(name.slice(0, 2));
  });
});

describe('the hours of a day', () => {
  // Saturday and Sunday differ so that the tests can tell which rule applied.
  const week = staggeredWeek([span('17:30', '21:00')], [span('09:00', '21:00')]);
  week[6] = [span('09:00', '17:00')];
  week[0] = [span('18:00', '21:00')]; // Monday closes later
  const hours = (date: string, special?: SpecialDate) => hoursOfDay(week, date, dayInfo(date), special);

  it.each([
    ['a plain Wednesday uses its own rule', '2026-11-25', [span('17:30', '21:00')], ''],
    ['a plain Saturday', '2026-11-28', [span('09:00', '21:00')], ''],
    ['a plain Sunday', '2026-11-29', [span('09:00', '17:00')], ''],
    ['National Day (Thursday) opens like a Saturday', '2026-10-01', [span('09:00', '21:00')], '国庆节，按周末时间开放'],
    ['a Wednesday of the National Day week opens like a Saturday', '2026-10-07', [span('09:00', '21:00')], '国庆节，按周末时间开放'],
    ['a Sunday inside the holiday keeps the Sunday rule', '2026-10-04', [span('09:00', '17:00')], '国庆节，按周末时间开放'],
    ['the make-up Saturday 10-10 opens with the hours of most weekdays', '2026-10-10', [span('17:30', '21:00')], '调休上班日，按工作日时间开放'],
    ['the make-up Sunday 09-20 opens with the hours of most weekdays', '2026-09-20', [span('17:30', '21:00')], '调休上班日，按工作日时间开放'],
    ['Mid-autumn Friday opens like a Saturday', '2026-09-25', [span('09:00', '21:00')], expect.stringContaining('按周末时间开放')],
  ])('%s', (_label, date, intervals, note) => {
    const h = hours(date);
    expect(h.intervals).toEqual(intervals);
    expect(h.note).toEqual(note);
    expect(h.closedReason).toBeUndefined();
  });

  it('a closure wins over everything, with its reason', () => {
    expect(hours('2026-10-01', { date: '2026-10-01', kind: 'closed', intervals: [], reason: '设备检修' })).toEqual({ intervals: [], note: '', closedReason: '闭馆：设备检修' });
  });

  it('an extra opening replaces the day’s hours', () => {
    const h = hours('2026-11-25', { date: '2026-11-25', kind: 'open', intervals: [span('09:00', '12:00')], reason: '重阳节加开' });
    expect(h).toEqual({ intervals: [span('09:00', '12:00')], note: '特别开放：重阳节加开' });
  });

  it('a day without hours says so', () => {
    const closedMondays = [...EVENINGS_AND_WEEKENDS];
    closedMondays[0] = [];
    expect(hoursOfDay(closedMondays, '2026-11-23', dayInfo('2026-11-23')).closedReason).toBe('周一不开放');
  });
});

describe('a room closed on Mondays on a make-up workday (调休)', () => {
  // Open Tue–Fri 18:00–21:00, weekends 09:00–21:00, closed on Mondays.
  const week = staggeredWeek([span('18:00', '21:00')], [span('09:00', '21:00')]);
  week[0] = [];
  const hours = (w: typeof week, date: string, special?: SpecialDate) => hoursOfDay(w, date, dayInfo(date), special);

  it.each([
    ['a make-up Sunday opens with the workday hours', '2026-09-20', { intervals: [span('18:00', '21:00')], note: '调休上班日，按工作日时间开放' }],
    ['a make-up Saturday opens with the workday hours', '2026-10-10', { intervals: [span('18:00', '21:00')], note: '调休上班日，按工作日时间开放' }],
    ['a plain Monday is closed, and says why', '2026-11-23', { intervals: [], note: '', closedReason: '周一不开放' }],
    ['a plain Sunday keeps the Sunday hours', '2026-11-29', { intervals: [span('09:00', '21:00')], note: '' }],
    ['a holiday Thursday opens like a Saturday', '2026-10-01', { intervals: [span('09:00', '21:00')], note: '国庆节，按周末时间开放' }],
  ])('%s', (_label, date, expected) => {
    expect(hours(week, date)).toEqual(expected);
  });

  it('a worker sets another rule for one make-up day as a special date', () => {
    const closed = hours(week, '2026-09-20', { date: '2026-09-20', kind: 'closed', intervals: [], reason: '人手不足' });
    expect(closed).toEqual({ intervals: [], note: '', closedReason: '闭馆：人手不足' });
    const morning = hours(week, '2026-09-20', { date: '2026-09-20', kind: 'open', intervals: [span('09:00', '12:00')], reason: '' });
    expect(morning).toEqual({ intervals: [span('09:00', '12:00')], note: '特别开放' });
  });

  it.each([
    ['most weekdays win over one', [[], [span('18:00', '21:00')], [span('18:00', '21:00')], [span('18:00', '21:00')], [span('08:00', '12:00')]], [span('18:00', '21:00')]],
    ['a tie of open and closed opens', [[], [], [span('18:00', '21:00')], [span('18:00', '21:00')], [span('09:00', '12:00')]], [span('18:00', '21:00')]],
    ['a tie of two open rules takes the earlier weekday’s', [[span('09:00', '12:00')], [span('09:00', '12:00')], [span('18:00', '21:00')], [span('18:00', '21:00')], []], [span('09:00', '12:00')]],
    ['the same hours written in another order count as one', [[span('14:00', '16:00'), span('09:00', '12:00')], [span('09:00', '12:00'), span('14:00', '16:00')], [], [], [span('18:00', '21:00')]], [span('09:00', '12:00'), span('14:00', '16:00')]],
    ['a room closed every weekday has no workday hours', [[], [], [], [], []], []],
  ])('workday hours: %s', (_label, weekdays, expected) => {
    expect(workdayHours([...weekdays, [], []] as typeof week)).toEqual(expected);
  });

  it('a weekend-only room is closed on a make-up day, and the reason says so', () => {
    const weekends = staggeredWeek([], [span('09:00', '21:00')]);
    expect(hours(weekends, '2026-09-20')).toEqual({ intervals: [], note: '', closedReason: '调休上班日，工作日不开放' });
  });

  it('a closed day’s reason is always true: over a year of days and several weeks of hours', () => {
    const weeks = [week, staggeredWeek([], [span('09:00', '21:00')]), staggeredWeek([span('18:00', '21:00')], []), EVENINGS_AND_WEEKENDS];
    const wrong: string[] = [];
    for (const w of weeks) {
      for (const date of eachDay('2026-01-01', '2026-12-31')) {
        const info = dayInfo(date);
        const h = hoursOfDay(w, date, info);
        if (!h.closedReason) continue;
        const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
        const named = WEEKDAY_NAMES.indexOf(h.closedReason.replace('不开放', ''));
        const true_ =
          (named >= 0 && named === weekday && info.type !== 'makeup' && w[weekday].length === 0) ||
          (info.type === 'makeup' && workdayHours(w).length === 0 && h.closedReason === '调休上班日，工作日不开放') ||
          (info.type === 'holiday' && h.closedReason === `${info.name}不开放`);
        if (!true_) wrong.push(`${date} ${info.type}: ${h.closedReason}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
