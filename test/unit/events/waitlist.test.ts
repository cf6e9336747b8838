import { planPromotions, type Waiting } from '../../../cloud/features/events/domain/waitlist';

const w = (id: number, partySize: number, seq: number): Waiting => ({ id, partySize, seq });

describe('planPromotions: first come, first served; the head of the queue must fit', () => {
  const rows: [string, number, number, Waiting[], number[], number][] = [
    ['nobody waiting', 10, 9, [], [], 9],
    ['one seat freed, the first in line moves up', 10, 9, [w(7, 1, 30), w(8, 1, 31)], [7], 10],
    ['arrival order decides, not the order rows come in', 10, 9, [w(8, 1, 31), w(7, 1, 30)], [7], 10],
    ['three seats freed, three singles move up in order', 10, 7, [w(1, 1, 11), w(2, 1, 12), w(3, 1, 13), w(4, 1, 14)], [1, 2, 3], 10],
    ['a family of two at the head fills two seats', 10, 8, [w(1, 2, 11), w(2, 1, 12)], [1], 10],
    ['a family of two that does not fit blocks the single behind it', 10, 9, [w(1, 2, 11), w(2, 1, 12)], [], 9],
    ['singles move up until a family that does not fit', 10, 7, [w(1, 1, 11), w(2, 1, 12), w(3, 2, 13), w(4, 1, 14)], [1, 2], 9],
    ['no free seat, nobody moves', 10, 10, [w(1, 1, 11)], [], 10],
  ];
  it.each(rows)('%s', (_label, capacity, taken, queue, promoted, after) => {
    const plan = planPromotions(capacity, taken, queue);
    expect(plan.promoted.map((p) => p.id)).toEqual(promoted);
    expect(plan.taken).toBe(after);
    expect(plan.taken).toBeLessThanOrEqual(capacity);
  });
});
