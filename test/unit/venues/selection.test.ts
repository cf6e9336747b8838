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
