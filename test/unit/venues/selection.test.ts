import { durationText, pickLimit, weekWord } from '../../../src/features/venues/allowance';
import { explain, rangeOf, tapSlot, type Run } from '../../../src/features/venues/selection';
import type { Slot } from '../../../types/venues/models';

// 18:00 … 21:00 in hours, a lunch-like gap before 20:00, and a reserved slot at the end.
const slots: Slot[] = [
  { start: 1080, end: 1140, state: 'free' },
  { start: 1140, end: 1200, state: 'free' },
  { start: 1200, end: 1260, state: 'free' },
  { start: 1320, end: 1380, state: 'free' },
  { start: 1380, end: 1440, state: 'reserved', note: '主题党日' },
];
const free = (s: Slot) => s.state === 'free';
const tap = (run: Run | null, i: number, max = 3) => tapSlot(slots, run, i, max, free);

describe('choosing consecutive slots', () => {
  it.each([
    ['starts a selection', null, 0, { first: 0, last: 0 }, null],
    ['grows it forwards', { first: 0, last: 0 }, 1, { first: 0, last: 1 }, null],
    ['grows it backwards', { first: 1, last: 2 }, 0, { first: 0, last: 2 }, null],
    ['stops at the venue’s maximum', { first: 0, last: 1 }, 2, { first: 0, last: 1 }, '每次最多预约2个时段'],
    ['starts over across a gap in the hours, and says so', { first: 1, last: 2 }, 3, { first: 3, last: 3 }, '只能选相连的时段，已改为从22:00起重新选择'],
    ['starts over on a slot that does not touch, and says so', { first: 0, last: 0 }, 2, { first: 2, last: 2 }, '只能选相连的时段，已改为从20:00起重新选择'],
    ['shrinks from the first slot', { first: 0, last: 2 }, 0, { first: 1, last: 2 }, null],
    ['shrinks from the last slot', { first: 0, last: 2 }, 2, { first: 0, last: 1 }, null],
    ['cuts at a middle slot', { first: 0, last: 2 }, 1, { first: 0, last: 1 }, null],
    ['clears a single slot tapped again', { first: 1, last: 1 }, 1, null, null],
    ['explains a slot that cannot be chosen and keeps the selection', { first: 3, last: 3 }, 4, { first: 3, last: 3 }, '23:00–24:00 社区保留：主题党日'],
  ])('%s', (_label, run, i, expected, note) => {
    const max = _label.includes('maximum') ? 2 : 3;
    expect(tap(run as Run | null, i as number, max)).toEqual({ run: expected, note });
  });

  it('turns a run into minutes', () => {
    expect(rangeOf(slots, { first: 0, last: 2 })).toEqual({ start: 1080, end: 1260 });
    expect(rangeOf(slots, null)).toBeNull();
  });

  it('explains every state in words', () => {
    expect(explain({ start: 1080, end: 1140, state: 'expired', note: '需提前2小时预约' })).toBe('18:00–19:00 已过期：需提前2小时预约');
    expect(explain({ start: 1080, end: 1140, state: 'full' })).toBe('18:00–19:00 已约满');
  });
});

describe('a resident’s pick within their quota', () => {
  const allowance = (minutesLeft: number, upcoming = 0) => ({
    weeks: [
      { first: '2026-11-23', last: '2026-11-29', usedMinutes: 240 - minutesLeft, minutesLeft },
      { first: '2026-11-30', last: '2026-12-06', usedMinutes: 0, minutesLeft: 240 },
    ],
    maxMinutesPerWeek: 240,
    upcoming,
    maxUpcoming: 2,
  });

  it.each([
    ['the venue’s maximum when the week has room', allowance(240), '2026-11-26', { max: 3, note: null }],
    ['fewer slots when the week has less left', allowance(120), '2026-11-26', { max: 2, note: '本周还可预约2小时，最多选2个时段' }],
    ['none when the week is used up', allowance(0), '2026-11-26', { max: 0, note: '本周在本场地的预约已满4小时（每人每周最多4小时），请选择其他周' }],
    ['next week counts on its own', allowance(0), '2026-12-01', { max: 3, note: null }],
    ['none while enough bookings are held', allowance(240, 2), '2026-12-01', { max: 0, note: '您在本场地已有2个未开始的预约（每人最多2个），请先使用或取消后再预约' }],
    ['half a slot left is no slot', allowance(30), '2026-11-26', { max: 0, note: '本周在本场地的预约已满4小时（每人每周最多4小时），请选择其他周' }],
  ])('%s', (_label, a, date, expected) => {
    expect(pickLimit(a, date, '2026-11-25', 60, 3)).toEqual(expected);
  });

  it('names the week as the resident would', () => {
    expect([weekWord('2026-11-23', '2026-11-25'), weekWord('2026-11-30', '2026-11-25'), weekWord('2026-12-07', '2026-11-25')]).toEqual(['本周', '下周', '12月7日那周']);
    expect([durationText(240), durationText(90)]).toEqual(['4小时', '90分钟']);
  });

  it('refuses a tap with the quota’s reason, and stops a run at the quota', () => {
    expect(tapSlot(slots, null, 0, 0, free, '本周额度已用完')).toEqual({ run: null, note: '本周额度已用完' });
    expect(tapSlot(slots, { first: 0, last: 0 }, 1, 1, free, '本周还可预约1小时，最多选1个时段')).toEqual({ run: { first: 0, last: 0 }, note: '本周还可预约1小时，最多选1个时段' });
    expect(tapSlot(slots, null, 4, 0, free, '本周额度已用完')).toEqual({ run: null, note: '23:00–24:00 社区保留：主题党日' });
  });
});
