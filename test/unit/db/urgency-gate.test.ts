import { CallOverDeadline } from '../../../cloud/db/deadline';
import { UrgencyGate } from '../../../cloud/db/urgency-gate';

/** Who gets a free connection under a burst: the call whose deadline comes first, whatever the order they asked in. */
describe('UrgencyGate (cloud/db/urgency-gate.ts)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Every waiter records its name when let in; the gate's holders leave one by one. */
  async function admissionOrder(size: number, asks: { name: string; due: number }[], leaves: number): Promise<string[]> {
    const gate = new UrgencyGate(size);
    const order: string[] = [];
    for (const a of asks) void gate.enter(a.due).then(() => order.push(a.name));
    await Promise.resolve();
    for (let i = 0; i < leaves; i++) {
      gate.leave();
      await Promise.resolve();
    }
    return order;
  }

  it.each([
    ['room for all: in the order asked', 3, [{ name: 'a', due: 30 }, { name: 'b', due: 10 }, { name: 'c', due: 20 }], 0, ['a', 'b', 'c']],
    ['one place: the rest by deadline, earliest first', 1, [{ name: 'a', due: 30 }, { name: 'b', due: 50 }, { name: 'c', due: 10 }, { name: 'd', due: 20 }], 3, ['a', 'c', 'd', 'b']],
    ['equal deadlines: in the order asked', 1, [{ name: 'a', due: 5 }, { name: 'b', due: 9 }, { name: 'c', due: 9 }, { name: 'd', due: 9 }], 3, ['a', 'b', 'c', 'd']],
    ['two places, two leave: the two most urgent waiters', 2, [{ name: 'a', due: 1 }, { name: 'b', due: 2 }, { name: 'c', due: 40 }, { name: 'd', due: 30 }, { name: 'e', due: 35 }], 2, ['a', 'b', 'd', 'e']],
  ])('%s', async (_, size, asks, leaves, expected) => {
    expect(await admissionOrder(size, asks, leaves)).toEqual(expected);
  });

  it('a waiter gives up at its deadline, leaves the line, and the place goes to the next one', async () => {
    const gate = new UrgencyGate(1);
    await gate.enter(0);
    const late = gate.enter(10, 100);
    const patient = gate.enter(20);
    jest.advanceTimersByTime(100);
    await expect(late).rejects.toBeInstanceOf(CallOverDeadline);
    expect(gate.queued).toBe(1);
    gate.leave();
    await expect(patient).resolves.toBeUndefined();
    expect(gate.queued).toBe(0);
  });

  it('a call already past its deadline is refused at once when it would have to wait, let in when there is room', async () => {
    const gate = new UrgencyGate(1);
    await expect(gate.enter(0, 0)).resolves.toBeUndefined();
    await expect(gate.enter(0, 0)).rejects.toBeInstanceOf(CallOverDeadline);
    gate.leave();
    await expect(gate.enter(0, 5)).resolves.toBeUndefined();
  });
});
