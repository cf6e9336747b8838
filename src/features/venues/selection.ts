import { SLOT_STATE_LABELS, type Slot } from '../../../types/venues/models';
import { formatMinutes } from '../../lib/time';

/** A run of consecutive slots of one day, as indexes into that day's slots. */
export interface Run {
  first: number;
  last: number;
}

export interface Tap {
  run: Run | null;
  /** Why the tap did not select: the slot's state and reason, or the venue's limit. */
  note: string | null;
}

const adjacent = (a: Slot, b: Slot) => a.end === b.start;

/** 19:00–20:00 社区保留：主题党日 */
export function explain(slot: Slot): string {
  const when = `${formatMinutes(slot.start)}–${formatMinutes(slot.end)}`;
  return `${when} ${SLOT_STATE_LABELS[slot.state]}${slot.note ? `：${slot.note}` : ''}`;
}

/**
 * What a tap on slot `i` does to the selection: start one, grow it at either end (up to `max` slots, only across
 * slots that touch), shrink it from an end, cut it at a middle slot, or start over elsewhere (saying so). Slots that
 * cannot be chosen explain themselves instead. `limitNote` says why `max` is below the venue's own (the person's
 * weekly hours); with `max` 0 nothing can be chosen and the tap says why.
 */
export function tapSlot(slots: Slot[], run: Run | null, i: number, max: number, canChoose: (s: Slot) => boolean, limitNote: string | null = null): Tap {
  const slot = slots[i];
  if (!canChoose(slot)) return { run, note: explain(slot) };
  if (max <= 0) return { run: null, note: limitNote };
  if (!run) return { run: { first: i, last: i }, note: null };
  if (i >= run.first && i <= run.last) {
    if (run.first === run.last) return { run: null, note: null };
    if (i === run.first) return { run: { first: i + 1, last: run.last }, note: null };
    return { run: { first: run.first, last: i === run.last ? i - 1 : i }, note: null };
  }
  const grows = (i === run.last + 1 && adjacent(slots[run.last], slot)) || (i === run.first - 1 && adjacent(slot, slots[run.first]));
  // Starting over drops what was chosen: say so, or the person thinks the earlier slots are still part of it.
  if (!grows) return { run: { first: i, last: i }, note: `只能选相连的时段，已改为从${formatMinutes(slot.start)}起重新选择` };
  if (run.last - run.first + 1 >= max) return { run, note: limitNote ?? `每次最多预约${max}个时段` };
  return { run: { first: Math.min(i, run.first), last: Math.max(i, run.last) }, note: null };
}

export function rangeOf(slots: Slot[], run: Run | null): { start: number; end: number } | null {
  return run && slots[run.first] && slots[run.last] ? { start: slots[run.first].start, end: slots[run.last].end } : null;
}
