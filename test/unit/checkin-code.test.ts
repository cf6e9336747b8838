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

describe('check-in code key', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('changes with NUANXIN_SECRET or the database, so codes of one deployment do not open another', () => {
    delete process.env.NUANXIN_SECRET;
    process.env.DATABASE_URL = 'mysql://u:p1@db/nuanxin';
    const first = makeCheckinCode('b', 7);
    process.env.DATABASE_URL = 'mysql://u:p2@db/nuanxin';
    expect(readCheckinCode('b', first)).toBeNull();
    process.env.NUANXIN_SECRET = 'long-random-secret';
    const signed = makeCheckinCode('b', 7);
    process.env.DATABASE_URL = 'mysql://u:p1@db/nuanxin';
    expect(readCheckinCode('b', signed)).toBe(7);
  });
});
