import { auditTrail } from '../../../cloud/db/audit';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addUnit, demoPlace, fileRequest, newRid } from '../../support/requests-fixtures';

jest.setTimeout(60_000);

describe.each(dialectsUnderTest())('暖心事 under concurrency on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it('50 handlers claim one pool item at once: exactly one wins, the others are told it is taken', async () => {
    const place = await demoPlace(app);
    const at = app.clock.now().toISOString();
    const openids = Array.from({ length: 50 }, (_, i) => `claimer-${i}`);
    for (const openid of openids) {
      await app.db.insertInto('users').values({ openid, role: 'handler', name: `队员${openid.slice(8)}`, phone: '', address: '', community_id: null, created_at: at, updated_at: at }).execute();
    }
    const ids = (await app.db.selectFrom('users').select('id').where('openid', 'in', openids).execute()).map((r) => r.id);
    // Half in a street-wide team, half in the community's own: both declare 助老助残.
    await addUnit(app, { name: '哈巴格希街道党员志愿服务队', kind: 'volunteer', streetId: place.streetId, communityId: null, categories: ['助老助残'], members: ids.slice(0, 25) });
    await addUnit(app, { name: '达尔罕社区巾帼志愿服务队', kind: 'volunteer', streetId: place.streetId, communityId: place.communityId, categories: ['助老助残'], members: ids.slice(25) });

    const req = await fileRequest(app, 'demo-resident', { category: '助老助残', description: '老伴腿脚不便，明天上午需要人陪同去医院复查' });
    await app.ok('demo-staff', 'requests.pool', { id: req.id, note: '' }, newRid());

    const results = await Promise.all(openids.map((openid) => app.call(openid, 'requests.claim', { id: req.id }, newRid())));
    const winners = results.flatMap((r, i) => (r.ok ? [openids[i]] : []));
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.ok);
    expect(losers).toHaveLength(49);
    for (const r of losers) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const row = await app.db.selectFrom('requests').select(['status', 'handler_id', 'version']).where('id', '=', req.id).executeTakeFirstOrThrow();
    const winnerId = (await app.db.selectFrom('users').select('id').where('openid', '=', winners[0]).executeTakeFirstOrThrow()).id;
    expect(row).toMatchObject({ status: 'accepted', handler_id: winnerId });
    const claims = await app.db.selectFrom('request_steps').select('actor_id').where('request_id', '=', req.id).where('kind', '=', 'claim').execute();
    expect(claims).toEqual([{ actor_id: winnerId }]);
    expect((await auditTrail(app.db, 'request', req.id)).filter((a) => a.action === 'claim')).toHaveLength(1);
    expect(await app.db.selectFrom('notifications').select('id').where('kind', '=', 'request.accepted').execute()).toHaveLength(1);
  });

  it('a withdraw racing an accept: one of them lands, never both', async () => {
    const place = await demoPlace(app);
    const at = app.clock.now().toISOString();
    await app.db.insertInto('users').values({ openid: 'racer', role: 'handler', name: '赛跑者', phone: '', address: '', community_id: null, created_at: at, updated_at: at }).execute();
    const racer = (await app.db.selectFrom('users').select('id').where('openid', '=', 'racer').executeTakeFirstOrThrow()).id;
    const unit = await addUnit(app, { name: '达尔罕社区网格员', kind: 'grid', streetId: place.streetId, communityId: place.communityId, categories: ['环境卫生'], members: [racer] });
    for (let i = 0; i < 5; i++) {
      const req = await fileRequest(app, 'demo-resident-2', { category: '环境卫生', description: `单元门口的垃圾桶满了没人清运，第${i + 1}次反映` });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: unit, note: '' }, newRid());
      const [w, a] = await Promise.all([
        app.call('demo-resident-2', 'requests.withdraw', { id: req.id }, newRid()),
        app.call('racer', 'requests.accept', { id: req.id }, newRid()),
      ]);
      expect([w.ok, a.ok].filter(Boolean)).toHaveLength(1);
      const status = (await app.db.selectFrom('requests').select('status').where('id', '=', req.id).executeTakeFirstOrThrow()).status;
      expect(status).toBe(w.ok ? 'withdrawn' : 'accepted');
    }
  });
});
