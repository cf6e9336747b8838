import { patchDay, patchWorkbench } from '../../../src/features/venues/staff-lists';
import type { VenueWorkbench } from '../../../types/venues/lists';
import type { DayBookings, StaffBookingView } from '../../../types/venues/models';
import { staffBooking } from '../../components/venues/fixtures';

const today = '2026-11-25';
const at = (id: number, over: Partial<StaffBookingView> = {}) => staffBooking({ id, date: today, startsAt: `${today}T0${id % 10}:00:00.000Z`, start: 480 + id, end: 540 + id, ...over });
const ids = (list: StaffBookingView[]) => list.map((b) => b.id);

describe('a worker action’s answer placed in the 工作台 lists', () => {
  const bench: VenueWorkbench = { date: today, pending: [at(1), at(3)], today: [at(2, { status: 'confirmed' })], pendingSeries: [] };
  it.each<[string, StaffBookingView, number[], number[]]>([
    ['approved today: out of 待审核, into 今日 in time order', at(1, { status: 'confirmed' }), [3], [1, 2]],
    ['approved for another day: out of 待审核 only', at(3, { status: 'confirmed', date: '2026-11-28' }), [1], [2]],
    ['refused: out of 待审核', at(1, { status: 'rejected' }), [3], [2]],
    ['checked in: stays in 今日, changed', at(2, { status: 'checked_in' }), [1, 3], [2]],
    ['cancelled today: out of 今日', at(2, { status: 'cancelled' }), [1, 3], []],
    ['a community hold today: never in 今日', at(9, { kind: 'reserved', status: 'confirmed' }), [1, 3], [2]],
  ])('%s', (_what, answer, pending, todayIds) => {
    const next = patchWorkbench(bench, answer);
    expect([ids(next.pending), ids(next.today)]).toEqual([pending, todayIds]);
    expect([...next.pending, ...next.today].find((b) => b.id === answer.id) ?? answer).toEqual(answer);
  });
});

describe('a worker action’s answer placed in one room’s day', () => {
  const day: DayBookings = { today, venue: { id: 7, name: '多功能厅', capacity: 60 }, date: today, bookings: [at(2), at(5)] };
  it.each<[string, StaffBookingView, number[]]>([
    ['a new whole-day hold goes in by its start', at(1, { kind: 'reserved', start: 0, end: 1440 }), [1, 2, 5]],
    ['a cancelled booking stays, with its new status', at(5, { status: 'cancelled' }), [2, 5]],
    ['another room’s booking changes nothing', at(4, { venueId: 8 }), [2, 5]],
    ['another day’s booking changes nothing', at(4, { date: '2026-11-26' }), [2, 5]],
  ])('%s', (_what, answer, expected) => {
    const next = patchDay(day, answer);
    expect(ids(next.bookings)).toEqual(expected);
  });
});
