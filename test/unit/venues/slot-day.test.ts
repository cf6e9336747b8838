import { dayInfo } from '../../../cloud/features/venues/domain/calendar';
import type { Occupant } from '../../../cloud/features/venues/domain/occupancy';
import { slotDay, type SlotDayInput } from '../../../cloud/features/venues/domain/slot-day';
import { at, hm, schedule, span, staggeredWeek } from './fixtures';

const ME = 7;
const OTHER = 8;
const occupant = (o: Partial<Occupant> & { start: number; end: number }): Occupant => ({ kind: 'booking', status: 'confirmed', userId: OTHER, reason: '', ...o });

/** A day of 60-minute slots 18:00–21:00 (weekdays) seen on Wednesday 2026-11-25 at 10:00. */
function day(over: Partial<SlotDayInput> = {}) {
  const date = over.date ?? '2026-11-26';
  return slotDay({
    schedule: schedule({ weekly: staggeredWeek([span('18:00', '21:00')], [span('09:00', '12:00')]), slotMinutes: 60 }),
    date,
    day: dayInfo(date),
    occupants: [],
    now: at('2026-11-25T10:00'),
    viewerId: ME,
    ...over,
  });
}

const states = (d: ReturnType<typeof slotDay>) => d.slots.map((s) => [s.start / 60, s.state, s.note ?? '']);

describe('slot states a resident sees', () => {
  it('offers every slot of an empty day inside the window', () => {
    const d = day();
    expect(states(d)).toEqual([
      [18, 'free', ''],
      [19, 'free', ''],
      [20, 'free', ''],
    ]);
    expect(d).toMatchObject({ date: '2026-11-26', dayType: 'workday', freeCount: 3, hoursNote: '' });
  });

  it('tells 我的预约, 待审核 (mine and others’), 社区保留 with its reason and 已约满 apart', () => {
    const d = day({
      occupants: [
        occupant({ start: hm(18), end: hm(19), userId: ME }),
        occupant({ start: hm(19), end: hm(20), status: 'pending' }),
        occupant({ start: hm(20), end: hm(21), kind: 'reserved', userId: null, reason: '主题党日' }),
      ],
    });
    expect(states(d)).toEqual([
      [18, 'mine', ''],
      [19, 'pending', '他人预约审核中，未通过将重新开放'],
      [20, 'reserved', '主题党日'],
    ]);
    expect(d.freeCount).toBe(0);
    const mine = day({ occupants: [occupant({ start: hm(18), end: hm(20), userId: ME, status: 'pending' }), occupant({ start: hm(20), end: hm(21) })] });
    expect(states(mine)).toEqual([
      [18, 'pending', '您的预约正在审核'],
      [19, 'pending', '您的预约正在审核'],
      [20, 'full', '已被其他居民预约'],
    ]);
    expect(mine.slots[0].mine).toBe(true);
  });

  it('shows an event held in the room as 社区保留 on every slot it touches, even off the grid', () => {
    const d = day({ occupants: [occupant({ start: hm(18, 30), end: hm(19, 15), kind: 'event', userId: null, reason: '重阳节敬老活动' })] });
    expect(states(d)).toEqual([
      [18, 'reserved', '重阳节敬老活动'],
      [19, 'reserved', '重阳节敬老活动'],
      [20, 'free', ''],
    ]);
  });

  it('expires slots that have started or are inside the minimum notice, and says which', () => {
    const d = day({ date: '2026-11-25', now: at('2026-11-25T18:10') });
    expect(states(d)).toEqual([
      [18, 'expired', '时间已过'],
      [19, 'expired', '需提前2小时预约'],
      [20, 'expired', '需提前2小时预约'],
    ]);
    const later = day({ date: '2026-11-25', now: at('2026-11-25T17:00') });
    expect(states(later).map((s) => s[1])).toEqual(['expired', 'free', 'free']);
  });

  it('keeps my own booking as 我的预约 even once it has started', () => {
    const d = day({ date: '2026-11-25', now: at('2026-11-25T18:10'), occupants: [occupant({ start: hm(18), end: hm(19), userId: ME, status: 'checked_in' })] });
    expect(d.slots[0]).toMatchObject({ state: 'mine', mine: true });
  });

  it('marks dates beyond the booking window 未开放, with the day booking opens', () => {
    const d = day({ date: '2026-12-02' }); // 7 days from 11-25 is 11-25..12-01
    expect(states(d)[0]).toEqual([18, 'closed', '11月26日起开放预约']);
    expect(day({ date: '2026-12-01' }).slots[0].state).toBe('free');
  });

  it('a released no-show frees what it no longer holds', () => {
    const d = day({ date: '2026-11-26', occupants: [occupant({ start: hm(18), end: hm(19), status: 'no_show' })] });
    expect(states(d).map((s) => s[1])).toEqual(['full', 'free', 'free']);
  });

  it('a closed day has no slots and says why', () => {
    const d = day({ special: { date: '2026-11-26', kind: 'closed', intervals: [], reason: '设备检修' } });
    expect(d).toMatchObject({ slots: [], freeCount: 0, closedReason: '闭馆：设备检修' });
  });

  it('names holidays and make-up workdays for the date strip', () => {
    const holiday = day({ date: '2026-10-01', now: at('2026-09-28T10:00') });
    expect(holiday).toMatchObject({ dayType: 'holiday', dayName: '国庆节', hoursNote: '国庆节，按周末时间开放' });
    expect(holiday.slots.map((s) => s.start / 60)).toEqual([9, 10, 11]);
    const makeup = day({ date: '2026-10-10', now: at('2026-10-08T10:00') });
    expect(makeup).toMatchObject({ dayType: 'makeup', dayName: '调休上班' });
    expect(makeup.slots.map((s) => s.start / 60)).toEqual([18, 19, 20]);
  });
});
