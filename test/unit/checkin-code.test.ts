import { checkinCodes } from '../../cloud/core/checkin-code';

describe('check-in codes', () => {
  const codes = checkinCodes('0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');

  it('round-trips an id of its own kind', () => {
    const code = codes.make('e', 42);
    expect(code).toMatch(/^NX1\.e\.42\.[A-Za-z0-9_-]{12}$/);
    expect(codes.read('e', code)).toBe(42);
    expect(codes.read('e', ` ${code} `)).toBe(42);
  });

  it.each([
    ['a code of another kind', (c: string) => c.replace('NX1.e.', 'NX1.b.')],
    ['a forged id', (c: string) => c.replace('.42.', '.43.')],
    ['a changed signature', (c: string) => `${c.slice(0, -1)}${c.endsWith('A') ? 'B' : 'A'}`],
    ['garbage', () => 'hello'],
    ['an empty string', () => ''],
  ])('refuses %s', (_, change) => {
    expect(codes.read('e', change(codes.make('e', 42)))).toBeNull();
  });

  it('a code made under one key is refused under another', () => {
    const other = checkinCodes('fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210');
    expect(other.make('b', 7)).not.toBe(codes.make('b', 7));
    expect(other.read('b', codes.make('b', 7))).toBeNull();
    expect(codes.read('b', other.make('b', 7))).toBeNull();
  });

  it('will not sign with an empty key', () => {
    expect(() => checkinCodes('')).toThrow();
  });
});
