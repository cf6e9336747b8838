import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { userId } from '../../support/requests-fixtures';

jest.setTimeout(120_000);

const DAY = 86_400_000;

/** docs/PRIVACY.md "How long it is kept": messages a year, replay keys 30 days, deleted by the tick in bounded batches. */
describe.each(dialectsUnderTest())('retention, on %s', (dialect) => {
  let app: TestApp;
  let uid: number;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    uid = await userId(app, 'demo-resident');
  });
  afterAll(() => app.close());

  const ago = (days: number) => new Date(app.clock.now().getTime() - days * DAY).toISOString();
  const count = async (t: 'notifications' | 'idempotency_keys') =>
    Number((await app.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', uid).executeTakeFirstOrThrow()).n);

  it('deletes messages older than a year and replay keys older than 30 days, 200 of each a tick, and nothing younger', async () => {
    const message = (createdAt: string, i: number) => ({ user_id: uid, kind: 'test.old', title: `旧消息${i}`, body: '内容', page: null, status: 'sent' as const, lease_until: null, attempts: 1, error: null, created_at: createdAt, sent_at: createdAt, read_at: null });
    await app.db.insertInto('notifications').values(Array.from({ length: 250 }, (_, i) => message(ago(366 + i), i))).execute();
    await app.db.insertInto('notifications').values([message(ago(364), 999)]).execute();
    const key = (createdAt: string, i: number) => ({ user_id: uid, request_id: `retention-${i}`, action: 'requests.create', result: '{}', created_at: createdAt });
    await app.db.insertInto('idempotency_keys').values([key(ago(31), 1), key(ago(45), 2), key(ago(29), 3)]).execute();

    expect(await runTick(app.rt)).toMatchObject({ 'privacy-retention': 202 });
    expect(await count('notifications')).toBe(51);
    expect(await count('idempotency_keys')).toBe(1);
    expect(await runTick(app.rt)).toMatchObject({ 'privacy-retention': 50 });
    const left = await app.db.selectFrom('notifications').select('title').where('user_id', '=', uid).execute();
    expect(left).toEqual([{ title: '旧消息999' }]);
    expect(await app.db.selectFrom('idempotency_keys').select('request_id').where('user_id', '=', uid).execute()).toEqual([{ request_id: 'retention-3' }]);
  });
});
