import crypto from 'node:crypto';
import { createLocalPlatform } from '../../cloud/platform/local';
import { ManualClock } from '../../cloud/platform/clock';
import { silentLogger } from '../../cloud/platform/log';
import { createRuntime } from '../../cloud/runtime';
import { createTestApp, snapshot, type TestApp } from '../support/api-app';
import { createTestDatabase, dialectsUnderTest } from '../support/databases';
import { addResidents, createEvent, signUp } from '../support/events-fixtures';

jest.setTimeout(60_000);

/** A code signed with a key of our choosing, the way cloud/lib/checkin-code.ts signs them. */
const forge = (key: string, kind: 'e' | 'b', id: number) =>
  `NX1.${kind}.${id}.${crypto.createHmac('sha256', key).update(`${kind}.${id}`).digest('base64url').slice(0, 12)}`;

function withoutSecret<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.NUANXIN_SECRET;
  delete process.env.NUANXIN_SECRET;
  return fn().finally(() => {
    if (saved === undefined) delete process.env.NUANXIN_SECRET;
    else process.env.NUANXIN_SECRET = saved;
  });
}

function withSecret<T>(secret: string, fn: () => Promise<T>): Promise<T> {
  const saved = process.env.NUANXIN_SECRET;
  process.env.NUANXIN_SECRET = secret;
  return fn().finally(() => {
    if (saved === undefined) delete process.env.NUANXIN_SECRET;
    else process.env.NUANXIN_SECRET = saved;
  });
}

const platform = () => createLocalPlatform({ clock: new ManualClock('2026-11-25T02:00:00.000Z'), dataDir: '/nonexistent', log: silentLogger });

describe.each(dialectsUnderTest())('check-in code key on %s', (dialect) => {
  describe('through the API', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await withoutSecret(() => createTestApp(dialect));
    });
    afterAll(() => app.close());

    it('refuses a code signed with a key anyone can know (the old fixed development key)', async () => {
      const eventId = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
      const [a] = await addResidents(app, 1);
      await signUp(app, a, eventId);
      const mine = await app.ok(a, 'events.get', { id: eventId });
      const forged = forge('nuanxin-local-dev-secret', 'e', mine.my!.id);
      expect(mine.my!.checkinCode).not.toBe(forged);

      const before = await snapshot(app.db);
      expect(await app.call('demo-staff', 'events.checkIn', { eventId, code: forged })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
      expect(await snapshot(app.db)).toEqual(before);
      // The code the resident was shown works.
      expect(await app.call('demo-staff', 'events.checkIn', { eventId, code: mine.my!.checkinCode! })).toMatchObject({ ok: true, data: { already: false } });
    });

    it('a code made by another deployment (another key) is refused here', async () => {
      const eventId = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
      const [a] = await addResidents(app, 1);
      await signUp(app, a, eventId);
      const signupId = (await app.ok(a, 'events.get', { id: eventId })).my!.id;
      const elsewhere = await createTestDatabase(dialect);
      const other = await withoutSecret(() => createRuntime({ databaseUrl: elsewhere.url, platform: platform(), seedDemo: false }));
      try {
        const code = other.checkinCodes.make('e', signupId);
        expect(other.checkinCodes.read('e', code)).toBe(signupId);
        expect(app.rt.checkinCodes.read('e', code)).toBeNull();
        expect(await app.call('demo-staff', 'events.checkIn', { eventId, code })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
      } finally {
        await other.db.destroy();
        await elsewhere.drop();
      }
    });
  });

  describe('at start-up', () => {
    it('two runtimes booting at once on a fresh database end with the same key, kept in the database', async () => {
      const database = await createTestDatabase(dialect);
      const boot = () => createRuntime({ databaseUrl: database.url, platform: platform(), seedDemo: false });
      const runtimes = await withoutSecret(() => Promise.all([boot(), boot(), boot()]));
      try {
        const codes = runtimes.map((rt) => rt.checkinCodes.make('b', 7));
        expect(new Set(codes).size).toBe(1);
        expect(runtimes[1].checkinCodes.read('b', codes[0])).toBe(7);

        const rows = await runtimes[0].db.selectFrom('app_settings').selectAll().execute();
        expect(rows).toHaveLength(1);
        expect(rows[0].value).toMatch(/^[0-9a-f]{64}$/); // 32 random bytes
        expect(codes[0]).toBe(forge(rows[0].value, 'b', 7));

        // A later start (another instance, a redeploy) reads the same key.
        const later = await withoutSecret(boot);
        expect(later.checkinCodes.make('b', 7)).toBe(codes[0]);
        await later.db.destroy();
      } finally {
        await Promise.all(runtimes.map((rt) => rt.db.destroy()));
        await database.drop();
      }
    });

    it('NUANXIN_SECRET overrides the stored key', async () => {
      const database = await createTestDatabase(dialect);
      const boot = () => createRuntime({ databaseUrl: database.url, platform: platform(), seedDemo: false });
      const stored = await withoutSecret(boot);
      const secret = 'a-long-random-secret-set-by-the-operator';
      const overridden = await withSecret(secret, boot);
      try {
        const code = overridden.checkinCodes.make('e', 42);
        expect(code).toBe(forge(secret, 'e', 42));
        expect(overridden.checkinCodes.read('e', code)).toBe(42);
        expect(stored.checkinCodes.read('e', code)).toBeNull();
        expect(overridden.checkinCodes.read('e', stored.checkinCodes.make('e', 42))).toBeNull();
      } finally {
        await stored.db.destroy();
        await overridden.db.destroy();
        await database.drop();
      }
    });
  });
});
