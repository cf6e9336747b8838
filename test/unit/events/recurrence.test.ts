import { expandWeekly, moveToDate, recurrenceProblem, MAX_OCCURRENCES } from '../../../cloud/features/events/domain/recurrence';

describe('expandWeekly', () => {
  const rows: [string, string, number[], string, string[]][] = [
    ['Tuesdays and Thursdays for two weeks', '2026-11-24', [2, 4], '2026-12-04', ['2026-11-24', '2026-11-26', '2026-12-01', '2026-12-03']],
    ['the until date is included', '2026-11-24', [2], '2026-12-01', ['2026-11-24', '2026-12-01']],
    ['one occurrence when until is the first date', '2026-11-28', [6], '2026-11-28', ['2026-11-28']],
    ['across the new year', '2026-12-27', [7], '2027-01-10', ['2026-12-27', '2027-01-03', '2027-01-10']],
    ['weekday order in the rule does not matter', '2026-11-23', [5, 1], '2026-11-30', ['2026-11-23', '2026-11-27', '2026-11-30']],
    ['every day of a week', '2026-11-23', [1, 2, 3, 4, 5, 6, 7], '2026-11-29', ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']],
  ];
  it.each(rows)('%s', (_label, first, weekdays, until, expected) => {
    expect(expandWeekly(first, { weekdays, until })).toEqual(expected);
  });
});

describe('recurrenceProblem', () => {
  const rows: [string, string, number[], string, string | null][] = [
    ['a valid rule', '2026-11-24', [2, 4], '2027-01-31', null],
    ['the first date is not one of the weekdays', '2026-11-25', [2, 4], '2026-12-31', 'recurrence.weekdays'],
    ['until before the first date', '2026-11-24', [2], '2026-11-20', 'recurrence.until'],
    ['longer than half a year', '2026-11-24', [2], '2027-06-30', 'recurrence.until'],
    ['more occurrences than allowed', '2026-11-23', [1, 2, 3, 4, 5, 6, 7], '2027-02-28', 'recurrence.until'],
  ];
  it.each(rows)('%s', (_label, first, weekdays, until, field) => {
    expect(recurrenceProblem(first, { weekdays, until })?.field ?? null).toBe(field);
  });

  it('allows exactly the maximum', () => {
    const dates = expandWeekly('2026-11-23', { weekdays: [1, 2, 3, 4, 5, 6, 7], until: '2027-01-21' });
    expect(dates).toHaveLength(MAX_OCCURRENCES);
    expect(recurrenceProblem('2026-11-23', { weekdays: [1, 2, 3, 4, 5, 6, 7], until: '2027-01-21' })).toBeNull();
  });
});

describe('moveToDate keeps the clock times and the gaps between them', () => {
  it('moves every instant by whole days', () => {
    const times = {
      startsAt: new Date('2026-11-24T01:30:00Z'), // 09:30 Shanghai
      endsAt: new Date('2026-11-24T03:00:00Z'),
      signupOpensAt: new Date('2026-11-17T01:00:00Z'),
      signupClosesAt: new Date('2026-11-23T10:00:00Z'),
      cancelDeadline: new Date('2026-11-23T23:30:00Z'),
    };
    const moved = moveToDate(times, '2026-11-24', '2026-12-31');
    expect(moved.startsAt.toISOString()).toBe('2026-12-31T01:30:00.000Z');
    expect(moved.endsAt.toISOString()).toBe('2026-12-31T03:00:00.000Z');
    expect(moved.signupOpensAt.toISOString()).toBe('2026-12-24T01:00:00.000Z');
    expect(moved.signupClosesAt.toISOString()).toBe('2026-12-30T10:00:00.000Z');
    expect(moved.cancelDeadline.toISOString()).toBe('2026-12-30T23:30:00.000Z');
  });
});
