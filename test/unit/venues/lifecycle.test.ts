import { canCancel, cancelUntil, checkinWindow, inCheckinWindow, isNoShowDue } from '../../../cloud/features/venues/domain/lifecycle';
import { releasedEnd, suspensionDue } from '../../../cloud/features/venues/domain/no-show';
import { checkSchedule } from '../../../cloud/features/venues/domain/schedule-rules';
import { at, hm, span, staggeredWeek } from './fixtures';

const START = at('2026-11-26T19:00');

describe('cancelling', () => {
  it.each([
    ['confirmed, 3 hours before', 'confirmed', '2026-11-26T16:00', true],
    ['confirmed, exactly at the 2-hour deadline', 'confirmed', '2026-11-26T17:00', false],
    ['confirmed, 1 hour before', 'confirmed', '2026-11-26T18:00', false],
    ['pending, 1 hour before: a request can be withdrawn until it starts', 'pending', '2026-11-26T18:00', true],
    ['pending, after the start', 'pending', '2026-11-26T19:00', false],
    ['checked in', 'checked_in', '2026-11-26T16:00', false],
    ['already cancelled', 'cancelled', '2026-11-26T16:00', false],
  ] as const)('%s', (_label, status, now, expected) => {
    expect(canCancel({ status, startsAt: START }, 120, at(now))).toBe(expected);
  });

  it('says until when', () => {
    expect(cancelUntil({ status: 'confirmed', startsAt: START }, 120)?.toISOString()).toBe('2026-11-26T09:00:00.000Z');
    expect(cancelUntil({ status: 'rejected', startsAt: START }, 120)).toBeNull();
  });
});

describe('check-in and no-shows', () => {
  it('opens check-in 15 minutes either side of the start', () => {
    expect(checkinWindow(START, 15)).toEqual({ from: at('2026-11-26T18:45'), until: at('2026-11-26T19:15') });
    expect(inCheckinWindow(START, 15, at('2026-11-26T18:44'))).toBe(false);
    expect(inCheckinWindow(START, 15, at('2026-11-26T18:45'))).toBe(true);
    expect(inCheckinWindow(START, 15, at('2026-11-26T19:15'))).toBe(true);
    expect(inCheckinWindow(START, 15, at('2026-11-26T19:16'))).toBe(false);
  });

  it.each([
    ['inside the window', 'confirmed', false, '2026-11-26T19:15', false],
    ['after the window, not checked in', 'confirmed', false, '2026-11-26T19:16', true],
    ['after the window, checked in', 'confirmed', true, '2026-11-26T20:00', false],
    ['a cancelled booking', 'cancelled', false, '2026-11-26T20:00', false],
  ] as const)('no-show %s', (_label, status, checkedIn, now, expected) => {
    expect(isNoShowDue({ status, startsAt: START, checkedIn }, 15, at(now))).toBe(expected);
  });

  it.each([
    ['at the end of the window: the slot in progress stays, the rest goes', '2026-11-26T19:15', hm(20)],
    ['late in the second slot: only the third is released', '2026-11-26T20:10', hm(21)],
    ['after the booking: nothing left to release', '2026-11-26T22:00', hm(22)],
    ['on a later day', '2026-11-27T10:00', hm(22)],
    ['exactly at the start (a worker marks it)', '2026-11-26T19:00', hm(19)],
  ])('releases %s', (_label, now, holdEnd) => {
    expect(releasedEnd({ date: '2026-11-26', start: hm(19), end: hm(22) }, 60, at(now))).toBe(holdEnd);
  });
});

describe('suspension after no-shows', () => {
  const now = at('2026-11-26T19:20');
  const days = (...ago: number[]) => ago.map((d) => new Date(now.getTime() - d * 86_400_000));

  it.each([
    ['two no-shows', days(0, 10), null],
    ['three no-shows in 30 days', days(0, 10, 29), '2026-12-26T11:20:00.000Z'],
    ['three, but one 31 days ago', days(0, 10, 31), null],
  ])('%s', (_label, noShows, until) => {
    expect(suspensionDue(noShows, now, null)?.toISOString() ?? null).toBe(until);
  });

  it('counts only no-shows after the last suspension began, so one run suspends once', () => {
    expect(suspensionDue(days(0, 10, 20), now, days(15)[0])).toBeNull();
    expect(suspensionDue(days(0, 1, 2, 20), now, days(15)[0])?.toISOString()).toBe('2026-12-26T11:20:00.000Z');
  });
});

describe('hours a worker may save', () => {
  const week = staggeredWeek([span('17:30', '20:30')], [span('09:30', '20:30')]);
  it.each([
    ['evenings at :30 with 60-minute slots', week, 60, 30, null],
    ['30-minute slots on any half hour', staggeredWeek([span('17:30', '21:00')], [span('09:00', '21:00')]), 30, 0, null],
    ['slots of 50 minutes', week, 50, 0, '时段长度须为15分钟的整数倍'],
    ['an offset as long as a slot', week, 60, 60, '时段起点须为15分钟的整数倍，且小于时段长度'],
    ['17:30–21:00 on a :30 grid of hours', staggeredWeek([span('17:30', '21:00')], []), 60, 30, '周一 17:30–21:00 与1小时的时段不对齐，可改为 17:30–20:30'],
    ['overlapping intervals', staggeredWeek([span('09:00', '12:00'), span('11:00', '13:00')], []), 60, 0, '周一的开放时间有重叠'],
    ['an interval ending before it starts', staggeredWeek([], [span('21:00', '09:00')]), 60, 0, '周六的开放时间结束须晚于开始'],
  ])('%s', (_label, weekly, slotMinutes, slotOffset, message) => {
    expect(checkSchedule({ weekly, slotMinutes, slotOffset })?.message ?? null).toBe(message);
  });
});
