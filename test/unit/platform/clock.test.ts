import { ManualClock, pinnedClock } from '../../../cloud/platform/clock';

describe('clocks', () => {
  it('a pinned clock starts at NUANXIN_NOW and runs on in real time', () => {
    let real = 1_000_000;
    const clock = pinnedClock('2026-11-28T01:00:00Z', () => real);
    expect(clock.now().toISOString()).toBe('2026-11-28T01:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-11-28T01:01:30.000Z');
  });

  it('refuses a NUANXIN_NOW that is not an instant', () => {
    expect(() => pinnedClock('next tuesday')).toThrow(/NUANXIN_NOW/);
  });

  it('a manual clock moves only when told', () => {
    const clock = new ManualClock('2026-11-28T01:00:00Z');
    clock.advance(15);
    expect(clock.now().toISOString()).toBe('2026-11-28T01:15:00.000Z');
    clock.set('2026-12-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
