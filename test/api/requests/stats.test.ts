import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { fileRequest, newResident, newRid, standardUnits, type Units } from '../../support/requests-fixtures';

/** A clock in November 2026 (Shanghai); the loop is driven step by step so the figures are known. */
describe.each(dialectsUnderTest())('stats.overview on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect, { now: '2026-10-31T12:00:00.000Z' });
    units = await standardUnits(app);
  });
  afterAll(() => app.close());

  async function loop(category: string, unitId: number, handler: string, minutes: { accept: number; complete: number }, stars: number) {
    const req = await fileRequest(app, await newResident(app), { category, description: `${category}：需要社区帮忙处理的一件事情` });
    await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId, note: '' }, newRid());
    app.clock.advance(minutes.accept);
    await app.ok(handler, 'requests.accept', { id: req.id }, newRid());
    app.clock.advance(minutes.complete);
    await app.ok(handler, 'requests.complete', { id: req.id, note: '已处理完毕', photos: [] }, newRid());
    const owner = (await app.db.selectFrom('requests').innerJoin('users', 'users.id', 'requests.resident_id').select('users.openid').where('requests.id', '=', req.id).executeTakeFirstOrThrow()).openid;
    await app.ok(owner, 'requests.rate', { id: req.id, stars, tags: [], comment: stars < 3 ? '还是有问题' : '', resolved: stars < 3 ? 'unresolved' : 'resolved' }, newRid());
  }

  it('satisfaction, median times to accept and to complete, per category and per unit, for the chosen month', async () => {
    // 31 Oct 20:00 Shanghai: ordered in October, accepted and done in November.
    await loop('家政维修', units.repair, 'handler-repair', { accept: 5 * 60, complete: 60 }, 5);
    app.clock.set('2026-11-10T01:00:00.000Z');
    await loop('家政维修', units.repair, 'handler-repair', { accept: 30, complete: 120 }, 4);
    await loop('邻里调解', units.mediation, 'demo-handler', { accept: 90, complete: 24 * 60 }, 2);
    await loop('心理关爱', units.mediation, 'demo-handler', { accept: 10, complete: 180 }, 5);
    app.clock.set('2026-12-02T01:00:00.000Z');
    await loop('家政维修', units.repair, 'handler-repair', { accept: 1, complete: 1 }, 1);

    const s = await app.ok('demo-staff', 'stats.overview', { communityId: units.place.communityId, month: '2026-11' });
    expect(s.communityName).toBe('达尔罕社区');
    expect(s.total).toMatchObject({ created: 3, accepted: 4, completed: 4, ratings: 4, satisfaction: 0.75 });
    expect(s.total.medianAcceptMinutes).toBe(60); // 300, 30, 90, 10
    expect(s.total.medianCompleteMinutes).toBe(150); // 60, 120, 1440, 180

    const repair = s.byCategory.find((r) => r.key === '家政维修')!;
    expect(repair).toMatchObject({ created: 1, completed: 2, satisfaction: 1, medianAcceptMinutes: 165, medianCompleteMinutes: 90 });
    expect(s.byCategory.find((r) => r.key === '邻里调解')).toMatchObject({ created: 1, satisfaction: 0 });
    expect(s.byCategory.map((r) => r.key)).toEqual(['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他']);

    expect(s.byUnit.map((u) => [u.label, u.accepted, u.completed, u.satisfaction])).toEqual([
      ['哈巴格希街道矛盾调解志愿服务队', 2, 2, 0.5],
      ['康巴什供电共建服务队', 2, 2, 1],
    ]);

    const dec = await app.ok('demo-staff', 'stats.overview', { communityId: units.place.communityId, month: '2026-12' });
    expect(dec.total).toMatchObject({ created: 1, completed: 1, satisfaction: 0 });
    const empty = await app.ok('demo-staff', 'stats.overview', { communityId: units.place.communityId, month: '2026-09' });
    expect(empty.total).toMatchObject({ created: 0, satisfaction: null, medianAcceptMinutes: null });
    expect(await app.call('demo-staff', 'stats.overview', { communityId: units.place.communityId, month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
  });
});
