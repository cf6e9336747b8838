import { audit, auditTrail } from '../../cloud/db/audit';
import { once } from '../../cloud/router/idempotency';
import { subscribeTemplates } from '../../cloud/platform/subscribe/templates';
import { notify } from '../../cloud/db/outbox';
import { runTick } from '../../cloud/scheduler/tick';
import { createTestApp, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';

describe.each(dialectsUnderTest())('shared data rules on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  const auditRows = async (entityId: number) => (await auditTrail(app.db, 'probe', entityId)).length;

  it('runs a create once per requestId: a replay returns the first result and writes nothing', async () => {
    const create = async (db: typeof app.db) => {
      await audit(db, { entity: 'probe', entityId: 1, action: 'create', from: null, to: 'created', actorId: 1, at: app.clock.now() });
      return { id: 1, at: app.clock.now().toISOString() };
    };
    const key = { userId: 1, requestId: 'req-00000001', action: 'probe.create', at: app.clock.now() };
    const first = await once(app.db, key, create);
    app.clock.advance(5);
    const replay = await once(app.db, key, create);
    expect(replay).toEqual(first);
    expect(await auditRows(1)).toBe(1);
  });

  it('writes once when the same request arrives ten times at once', async () => {
    const create = async (db: typeof app.db) => {
      await audit(db, { entity: 'probe', entityId: 2, action: 'create', from: null, to: 'created', actorId: 1, at: app.clock.now() });
      return { ok: true };
    };
    const key = { userId: 1, requestId: 'req-00000002', action: 'probe.create', at: app.clock.now() };
    const results = await Promise.all(Array.from({ length: 10 }, () => once(app.db, key, create)));
    expect(results).toEqual(Array(10).fill({ ok: true }));
    expect(await auditRows(2)).toBe(1);
  });

  it('lets a failed create run again on retry', async () => {
    const key = { userId: 1, requestId: 'req-00000003', action: 'probe.create', at: app.clock.now() };
    await expect(
      once(app.db, key, async (db) => {
        await audit(db, { entity: 'probe', entityId: 3, action: 'create', from: null, to: 'x', actorId: 1, at: app.clock.now() });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await auditRows(3)).toBe(0);
    await once(app.db, key, async () => 'second try');
    expect(await once(app.db, key, async () => 'third try')).toBe('second try');
  });

  it('refuses a requestId reused for another action', async () => {
    const key = { userId: 1, requestId: 'req-00000004', action: 'probe.create', at: app.clock.now() };
    await once(app.db, key, async () => 1);
    await expect(once(app.db, { ...key, action: 'other.create' }, async () => 2)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('queues notifications in the outbox: each is in 消息通知 at once, and the tick delivers each once', async () => {
    const resident = await app.ok('demo-resident', 'me.get', {});
    await notify(app.db, app.clock.now(), { userId: resident.id, kind: 'test.hello', title: '报名成功', body: '重阳节敬老活动' });
    await notify(app.db, app.clock.now(), { userId: resident.id, kind: 'test.hello', title: '候补成功', body: '亲子课堂' });
    expect((await app.ok('demo-resident', 'messages.list', {})).items.map((m) => m.title)).toEqual(['候补成功', '报名成功']);
    const [a, b] = await Promise.all([runTick(app.rt), runTick(app.rt)]);
    expect(a['deliver-outbox'] + b['deliver-outbox']).toBe(0); // nothing subscribed: nothing pushed
    const rows = await app.db.selectFrom('notifications').select(['status', 'sent_at']).execute();
    expect(rows).toEqual([
      { status: 'in_app', sent_at: null },
      { status: 'in_app', sent_at: null },
    ]);
  });

  it('retries a push that failed in transit and gives up after three attempts, keeping the credit', async () => {
    const resident = await app.ok('demo-resident-2', 'me.get', {});
    await notify(app.db, app.clock.now(), { userId: resident.id, kind: 'test.fail', title: 't', body: 'b' });
    const platform = {
      ...app.platform,
      subscribeTemplates: subscribeTemplates({ test: { templateId: 'T_TEST', fields: { title: 'thing1' } } }),
      notifier: { push: async () => Promise.reject(new Error('connect ETIMEDOUT')) },
    };
    await app.db.insertInto('subscribe_credits').values({ user_id: resident.id, template_id: 'T_TEST', remaining: 1, pushed: 0, updated_at: app.clock.now().toISOString() }).execute();
    for (let i = 0; i < 4; i++) await runTick({ ...app.rt, platform });
    const row = await app.db.selectFrom('notifications').selectAll().where('kind', '=', 'test.fail').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, error: 'connect ETIMEDOUT' });
    expect(await app.db.selectFrom('subscribe_credits').select(['remaining', 'pushed']).executeTakeFirstOrThrow()).toEqual({ remaining: 1, pushed: 3 });
  });
});
