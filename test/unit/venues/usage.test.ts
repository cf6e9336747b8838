import { clipDay, EMPTY_DAY, minutesByHour, usageOf, weeksOfMonth, type UsageDay } from '../../../cloud/features/venues/domain/usage';
import { usageCsv } from '../../../cloud/features/venues/domain/usage-csv';
import { isoWeekday } from '../../../cloud/lib/time';

const day = (over: Partial<UsageDay>): UsageDay => ({ ...EMPTY_DAY, ...over });

describe('clipDay: a day never holds more than its open minutes', () => {
  it.each([
    ['fits', day({ openMinutes: 180, bookedMinutes: 60, heldMinutes: 60, usedMinutes: 60 }), [180, 60, 60, 60]],
    ['closed after booking', day({ openMinutes: 0, bookedMinutes: 60, usedMinutes: 60, bookings: 1 }), [0, 0, 0, 0]],
    ['held first, bookings get the rest', day({ openMinutes: 120, bookedMinutes: 120, heldMinutes: 90, usedMinutes: 120 }), [120, 30, 90, 30]],
    ['hours shortened under a booking', day({ openMinutes: 60, bookedMinutes: 180 }), [60, 60, 0, 0]],
  ])('%s', (_name, input, [open, booked, held, used]) => {
    expect(clipDay(input)).toMatchObject({ openMinutes: open, bookedMinutes: booked, heldMinutes: held, usedMinutes: used, bookings: input.bookings });
  });
});

describe('usageOf: shares of the open minutes and the no-show rate', () => {
  it.each([
    ['nothing open', [], { openMinutes: 0, bookedShare: 0, usedShare: 0, noShowRate: 0 }],
    ['a quarter booked, half of that used', [day({ openMinutes: 240, bookedMinutes: 60, usedMinutes: 30 })], { bookedShare: 0.25, usedShare: 0.125, heldShare: 0 }],
    ['two days add before dividing', [day({ openMinutes: 180, heldMinutes: 180 }), day({ openMinutes: 720 })], { openMinutes: 900, heldShare: 0.2 }],
    ['no-shows among settled bookings', [day({ openMinutes: 60, bookings: 4, checkedIn: 1, noShows: 2 })], { bookings: 4, noShows: 2, noShowRate: 0.667 }],
    ['a closed day’s booking does not count', [day({ openMinutes: 0, bookedMinutes: 60 }), day({ openMinutes: 60 })], { bookedMinutes: 0, bookedShare: 0 }],
  ])('%s', (_name, days, expected) => {
    expect(usageOf(days)).toMatchObject(expected);
  });
});

describe('weeksOfMonth: ISO weeks cut to the month', () => {
  it.each([
    ['2026-10', ['2026-10-01', '2026-10-31'], 5, { from: '2026-10-01', to: '2026-10-04' }],
    ['2026-02 (starts on a Sunday)', ['2026-02-01', '2026-02-28'], 5, { from: '2026-02-01', to: '2026-02-01' }],
    ['2027-02 (starts on a Monday, four whole weeks)', ['2027-02-01', '2027-02-28'], 4, { from: '2027-02-01', to: '2027-02-07' }],
  ])('%s', (_name, [first, last], count, firstWeek) => {
    const days: string[] = [];
    for (let d = first; d <= last; d = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)) days.push(d);
    const weeks = weeksOfMonth(days, isoWeekday);
    expect(weeks).toHaveLength(count);
    expect(weeks[0]).toEqual(firstWeek);
    expect(weeks[weeks.length - 1].to).toBe(last);
  });
});

describe('minutesByHour: a span spread over the heat map’s hours', () => {
  it.each([
    [18 * 60, 21 * 60, [[18, 60], [19, 60], [20, 60]]],
    [9 * 60 + 30, 10 * 60 + 30, [[9, 30], [10, 30]]],
    [23 * 60, 24 * 60, [[23, 60]]],
    [600, 600, []],
  ])('%i–%i', (start, end, cells) => {
    expect(minutesByHour(start, end)).toEqual(cells);
  });
});

it('usageCsv quotes commas and defuses formulas', () => {
  const f = usageOf([day({ openMinutes: 60, bookedMinutes: 30 })]);
  const csv = usageCsv({
    level: 'community', placeId: 1, placeName: '=达尔罕', month: '2026-10', currentMonth: '2026-11', weeks: [{ from: '2026-10-01', to: '2026-10-04' }], total: f, totalWeeks: [f],
    communities: [], rooms: [{ venueId: 1, name: '书画室,二楼', communityId: 1, communityName: '达尔罕社区', month: f, weeks: [f] }], heat: [],
  });
  const lines = csv.split('\r\n');
  expect(lines[1]).toBe("'=达尔罕,,,2026-10,1,0.5,0,0,50%,0%,0%,0,0,0%");
  expect(lines[2]).toContain(',"书画室,二楼",');
  expect(lines[3]).toContain(',2026-10-01~2026-10-04,');
});
