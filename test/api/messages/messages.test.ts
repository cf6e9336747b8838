import { notify } from '../../../cloud/db/outbox';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';

describe.each(dialectsUnderTest())('消息通知 on %s', (dialect) => {
  let app: TestApp;
  let residentId: number;
  let otherId: number;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    residentId = (await app.ok('demo-resident', 'me.get', {})).id;
    otherId = (await app.ok('demo-resident-2', 'me.get', {})).id;
    for (let i = 1; i <= 25; i++) {
      app.clock.advance(1);
      await notify(app.db, app.clock.now(), { userId: residentId, kind: 'test', title: `通知${i}`, body: '内容', page: '/pages/me/index' });
    }
    await notify(app.db, app.clock.now(), { userId: otherId, kind: 'test', title: '别人的通知', body: '内容' });
  });
  afterAll(() => app.close());

  it('lists my messages newest first, a page at a time, and never anyone else’s', async () => {
    const first = await app.ok('demo-resident', 'messages.list', {});
    expect(first.unread).toBe(25);
    expect((await app.ok('demo-resident', 'me.get', {})).unreadMessages).toBe(25); // 我的 draws the count from its one call
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ title: '通知25', read: false, page: '/pages/me/index' });
    const second = await app.ok('demo-resident', 'messages.list', { beforeId: first.nextBeforeId! });
    expect(second.items.map((m) => m.title)).toEqual(['通知5', '通知4', '通知3', '通知2', '通知1']);
    expect(second.nextBeforeId).toBeNull();
    expect(JSON.stringify([first, second])).not.toContain('别人的通知');
  });

  it('marks chosen messages read, ignoring ids that are not mine, then all', async () => {
    const page = await app.ok('demo-resident', 'messages.list', {});
    const others = await app.ok('demo-resident-2', 'messages.list', {});
    const res = await app.ok('demo-resident', 'messages.read', { ids: [page.items[0].id, others.items[0].id] });
    expect(res.unread).toBe(24);
    expect((await app.ok('demo-resident-2', 'messages.list', {})).unread).toBe(1);
    expect((await app.ok('demo-resident', 'messages.read', { all: true })).unread).toBe(0);
    expect((await app.ok('demo-resident', 'me.get', {})).unreadMessages).toBe(0);
  });

  it('refuses a malformed request', async () => {
    expect(await app.call('demo-resident', 'messages.read', { ids: 'all' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'ids' } });
  });
});
