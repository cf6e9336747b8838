import { makeCheckinCode, readCheckinCode } from '../../cloud/lib/checkin-code';

describe('check-in codes', () => {
  it('round-trips an id of its own kind', () => {
    const code = makeCheckinCode('e', 42);
    expect(code).toMatch(/^NX1\.e\.42\.[A-Za-z0-9_-]{12}$/);
    expect(readCheckinCode('e', code)).toBe(42);
  });

  it('refuses a code of another kind, a forged id, or garbage', () => {
    const code = makeCheckinCode('e', 42);
    expect(readCheckinCode('b', code)).toBeNull();
    expect(readCheckinCode('e', code.replace('.42.', '.43.'))).toBeNull();
    expect(readCheckinCode('e', 'hello')).toBeNull();
  });
});
