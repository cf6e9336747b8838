import { dayInfo } from '../../../cloud/features/venues/domain/calendar';
import { hoursOfDay } from '../../../cloud/features/venues/domain/hours';
import { allowanceOf, checkQuota, weekOf, type OwnBooking } from '../../../cloud/features/venues/domain/quota';
import { checkRange, type RangeRequest } from '../../../cloud/features/venues/domain/range-rules';
import { at, hm, schedule, span, staggeredWeek } from './fixtures';

// 60-minute slots at :30 on weekday evenings 17:30–20:30, weekends 09:30–20:30; now is Wednesday 2026-11-25 10:00.
const s = schedule({ weekly: staggeredWeek([span('17:30', '20:30')], [span('09:30', '20:30')]), slotMinutes: 60, slotOffset: 30 });
const NOW = at('2026-11-25T10:00');

function check(req: RangeRequest, opts: { asStaff?: boolean; now?: Date; special?: Parameters<typeof hoursOfDay>[3] } = {}) {
  const hours = hoursOfDay(s.weekly, req.date, dayInfo(req.date), opts.special);
  return checkRange(req, { schedule: s, maxSlots: 3, hours, now: opts.now ?? NOW, asStaff: opts.asStaff ?? false });
}

describe('which ranges a resident may book', () => {
  it.each([
    ['one slot', { date: '2026-11-26', start: hm(17, 30), end: hm(18, 30) }],
    ['three consecutive slots', { date: '2026-11-26', start: hm(17, 30), end: hm(20, 30) }],
    ['the last day of the 7-day window', { date: '2026-12-01', start: hm(18, 30), end: hm(19, 30) }],
    ['today, with more than 2 hours’ notice', { date: '2026-11-25', start: hm(17, 30), end: hm(18, 30) }],
  ])('accepts %s', (_label, req) => {
    expect(check(req)).toBeNull();
  });

  it.each([
    ['end before start', { date: '2026-11-26', start: hm(19, 30), end: hm(18, 30) }, 'end', '结束时间须晚于开始时间'],
    ['an empty range', { date: '2026-11-26', start: hm(18, 30), end: hm(18, 30) }, 'end', '结束时间须晚于开始时间'],
    ['a slot off the grid (on the hour)', { date: '2026-11-26', start: hm(18), end: hm(19) }, 'start', '所选时间与场地的时段不一致，请按页面上的时段选择'],
    ['half a slot', { date: '2026-11-26', start: hm(17, 30), end: hm(18) }, 'start', '所选时间与场地的时段不一致，请按页面上的时段选择'],
    ['outside the hours (a weekday morning)', { date: '2026-11-26', start: hm(9, 30), end: hm(10, 30) }, 'start', '所选时间不在场地开放时间内'],
    ['running past closing', { date: '2026-11-26', start: hm(19, 30), end: hm(21, 30) }, 'start', '所选时间不在场地开放时间内'],
    ['a date beyond the window', { date: '2026-12-02', start: hm(18, 30), end: hm(19, 30) }, 'date', '只能预约7天内的时段（至12月1日）'],
    ['a date in the past', { date: '2026-11-24', start: hm(18, 30), end: hm(19, 30) }, 'date', '不能预约已经过去的日期'],
    ['more slots than allowed', { date: '2026-11-28', start: hm(9, 30), end: hm(13, 30) }, 'end', '每次最多预约3个时段（3小时）'],
  ])('refuses %s', (_label, req, field, message) => {
    expect(check(req)).toEqual({ code: 'INVALID_INPUT', field, message });
  });

  it('refuses a slot inside the minimum notice, and one that has started', () => {
    expect(check({ date: '2026-11-25', start: hm(17, 30), end: hm(18, 30) }, { now: at('2026-11-25T16:00') })).toMatchObject({ field: 'start', message: '需至少提前2小时预约' });
    expect(check({ date: '2026-11-25', start: hm(17, 30), end: hm(18, 30) }, { now: at('2026-11-25T17:45') })).toMatchObject({ message: '该时段已开始或已结束' });
  });

  it('refuses a closed day with its reason', () => {
    const special = { date: '2026-11-26', kind: 'closed' as const, intervals: [], reason: '设备检修' };
    expect(check({ date: '2026-11-26', start: hm(17, 30), end: hm(18, 30) }, { special })).toMatchObject({ field: 'date', message: '11月26日闭馆：设备检修' });
  });

  it('uses the weekend hours on a statutory holiday and the weekday hours on a make-up workday', () => {
    const before = at('2026-09-29T10:00');
    expect(check({ date: '2026-10-01', start: hm(9, 30), end: hm(10, 30) }, { now: before })).toBeNull();
    expect(check({ date: '2026-10-05', start: hm(9, 30), end: hm(10, 30) }, { now: at('2026-10-01T10:00') })).toBeNull();
    expect(check({ date: '2026-10-10', start: hm(9, 30), end: hm(10, 30) }, { now: at('2026-10-08T10:00') })).toMatchObject({ message: '所选时间不在场地开放时间内' });
    expect(check({ date: '2026-10-10', start: hm(17, 30), end: hm(18, 30) }, { now: at('2026-10-08T10:00') })).toBeNull();
  });

  it('lets a worker book beyond the window, without notice and beyond the slot limit, but still on the grid', () => {
    expect(check({ date: '2026-12-20', start: hm(9, 30), end: hm(14, 30) }, { asStaff: true })).toBeNull();
    expect(check({ date: '2026-11-25', start: hm(17, 30), end: hm(18, 30) }, { asStaff: true, now: at('2026-11-25T17:45') })).toBeNull();
    expect(check({ date: '2026-11-26', start: hm(18), end: hm(19) }, { asStaff: true })).toMatchObject({ field: 'start' });
    expect(check({ date: '2026-11-25', start: hm(17, 30), end: hm(18, 30) }, { asStaff: true, now: at('2026-11-25T18:30') })).toMatchObject({ message: '该时段已经结束' });
  });
});

describe('a resident’s quota in one venue', () => {
  const rules = { maxUpcomingPerResident: 2, maxMinutesPerWeek: 240 };
  const own = (date: string, from: number, to: number, status: OwnBooking['status'] = 'confirmed'): OwnBooking => ({
    date,
    start: hm(from),
    end: hm(to),
    startsAt: at(`${date}T${String(from).padStart(2, '0')}:00`),
    status,
  });
  const req = { date: '2026-11-27', start: hm(19), end: hm(20) };

  it('weeks run Monday to Sunday', () => {
    expect(weekOf('2026-11-25')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
    expect(weekOf('2026-11-30')).toEqual({ first: '2026-11-30', last: '2026-12-06' });
  });

  it.each([
    ['nothing booked yet', [], null],
    ['one upcoming booking', [own('2026-11-26', 19, 20)], null],
    ['two upcoming bookings (pending counts)', [own('2026-11-26', 19, 20), own('2026-12-01', 19, 20, 'pending')], '每人在本场地最多保留2个未开始的预约，请先使用或取消已有预约'],
    ['past bookings do not count as upcoming', [own('2026-11-24', 19, 20, 'checked_in'), own('2026-11-23', 19, 20, 'checked_in'), own('2026-11-26', 19, 20)], null],
    ['3 hours this week leaves room for 1 more', [own('2026-11-23', 18, 21, 'checked_in')], null],
    ['4 hours this week is the limit', [own('2026-11-23', 18, 21, 'checked_in'), own('2026-11-24', 20, 21, 'no_show')], '每人每周在本场地最多预约4小时，本周额度已用完'],
    ['another week does not count', [own('2026-11-16', 18, 21, 'checked_in'), own('2026-11-17', 18, 21, 'checked_in')], null],
  ])('%s', (_label, mine, message) => {
    const refusal = checkQuota(mine as OwnBooking[], req, rules, at('2026-11-25T10:00'));
    expect(refusal?.message ?? null).toBe(message);
    if (message) expect(refusal?.code).toBe('CONFLICT');
  });

  it('says how much of the week is left when a long request does not fit', () => {
    const refusal = checkQuota([own('2026-11-23', 18, 20, 'checked_in')], { date: '2026-11-27', start: hm(18), end: hm(21) }, rules, at('2026-11-25T10:00'));
    expect(refusal?.message).toBe('每人每周在本场地最多预约4小时，本周还可预约2小时');
  });

  it.each([
    ['this week', '2026-11-29', '本周'],
    ['next week', '2026-11-30', '下周'],
    ['next week, Sunday', '2026-12-06', '下周'],
    ['the week after', '2026-12-07', '12月7日那周'],
  ])('names the week of the request as the resident says it (%s)', (_, date, word) => {
    const refusal = checkQuota([own(date, 18, 21, 'pending')], { date, start: hm(19), end: hm(21) }, rules, at('2026-11-25T10:00'));
    expect(refusal?.message).toBe(`每人每周在本场地最多预约4小时，${word}还可预约1小时`);
  });
});

describe('what a resident may still book, shown before they pick', () => {
  const rules = { maxUpcomingPerResident: 2, maxMinutesPerWeek: 240 };
  const own = (date: string, from: number, to: number, status: OwnBooking['status'] = 'confirmed'): OwnBooking => ({
    date,
    start: hm(from),
    end: hm(to),
    startsAt: at(`${date}T${String(from).padStart(2, '0')}:00`),
    status,
  });
  const NOW_WED = at('2026-11-25T10:00');

  it.each([
    ['nothing booked', [], [240, 240], 0],
    ['a past booking this week counts for the week, not as upcoming', [own('2026-11-23', 18, 21, 'checked_in')], [60, 240], 0],
    ['a no-show counts for its week', [own('2026-11-24', 18, 19, 'no_show')], [180, 240], 0],
    ['next week’s pending booking counts there and as upcoming', [own('2026-12-01', 18, 20, 'pending')], [240, 120], 1],
    ['more than the week allows leaves nothing, never less', [own('2026-11-26', 9, 14), own('2026-11-27', 18, 19)], [0, 240], 2],
  ])('%s', (_label, mine, left, upcoming) => {
    const a = allowanceOf(mine as OwnBooking[], '2026-11-25', '2026-12-01', rules, NOW_WED);
    expect(a.weeks.map((w) => [w.first, w.last])).toEqual([
      ['2026-11-23', '2026-11-29'],
      ['2026-11-30', '2026-12-06'],
    ]);
    expect(a.weeks.map((w) => w.minutesLeft)).toEqual(left);
    expect(a).toMatchObject({ upcoming, maxUpcoming: 2, maxMinutesPerWeek: 240 });
  });

  it('agrees with the booking’s own check: a request that fits what is left is not refused, one minute more is', () => {
    const mine = [own('2026-11-23', 18, 21, 'checked_in')];
    const left = allowanceOf(mine, '2026-11-25', '2026-11-25', rules, NOW_WED).weeks[0].minutesLeft;
    expect(checkQuota(mine, { date: '2026-11-27', start: hm(19), end: hm(19) + left }, rules, NOW_WED)).toBeNull();
    expect(checkQuota(mine, { date: '2026-11-27', start: hm(19), end: hm(19) + left + 1 }, rules, NOW_WED)).not.toBeNull();
  });
});
