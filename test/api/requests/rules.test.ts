import type { RequestCreate } from '../../../types';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { fileRequest, goodRequest, newResident, newRid, person, standardUnits, storedPhoto, type Units } from '../../support/requests-fixtures';

describe.each(dialectsUnderTest())('暖心事 rules on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
    await person(app, 'resident-neighbour', 'resident', { communityId: units.place.communityId, name: '孙大爷' });
    await person(app, 'worker-neighbour', 'worker', { communityId: units.place.neighbourId, name: '兴旺社区工作者' });
  });
  afterAll(() => app.close());

  describe('visibility and masking', () => {
    it('a resident sees only their own requests', async () => {
      const mine = await fileRequest(app);
      const other = await app.call('resident-neighbour', 'requests.get', { id: mine.id });
      expect(other).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '这件暖心事不存在或您无权查看', field: 'id' } });
      expect((await app.ok('resident-neighbour', 'requests.mine', {})).map((r) => r.id)).not.toContain(mine.id);
      expect((await app.ok('demo-resident', 'requests.mine', {})).map((r) => r.id)).toContain(mine.id);
      expect(await app.call('resident-neighbour', 'requests.withdraw', { id: mine.id }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('a worker sees their community only, with the phone masked', async () => {
      const req = await fileRequest(app);
      expect(await app.ok('demo-staff', 'requests.get', { id: req.id })).toMatchObject({ viewer: 'staff', phone: '138****1234', phoneMasked: true, residentName: '王秀兰', address: '达尔罕小区3号楼2单元501' });
      expect(await app.call('worker-neighbour', 'requests.get', { id: req.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await app.call('worker-neighbour', 'requests.queue', { communityId: units.place.communityId, filter: 'pending' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('worker-neighbour', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('a handler sees only what is assigned to their unit or open in their pool', async () => {
      const req = await fileRequest(app);
      // Pending and not assigned: nobody outside the community's workers sees it.
      for (const h of ['demo-handler', 'handler-repair', 'handler-outsider']) {
        expect(await app.call(h, 'requests.get', { id: req.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      }
      await app.ok('demo-staff', 'requests.pool', { id: req.id, note: '' }, newRid());
      const pooled = await app.ok('demo-handler', 'requests.get', { id: req.id });
      expect(pooled).toMatchObject({ viewer: 'pool', address: null, phone: '138****1234', residentName: '王**', can: ['claim'] });
      expect(pooled.timeline.map((s) => s.kind)).toEqual(['created']);
      // The repair unit does not declare 邻里调解; the unit of another street does but does not reach this community.
      expect(await app.call('handler-repair', 'requests.get', { id: req.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await app.call('handler-outsider', 'requests.get', { id: req.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await app.call('handler-outsider', 'requests.claim', { id: req.id }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await app.ok('handler-outsider', 'requests.tasks', { filter: 'pool' })).items).toEqual([]);

      const claimed = await app.ok('demo-handler', 'requests.claim', { id: req.id }, newRid());
      expect(claimed).toMatchObject({ viewer: 'assignee', address: '达尔罕小区3号楼2单元501', phone: '13847701234', residentName: '王秀兰' });
    });

    it('residents and workers cannot take handler steps, and handlers cannot take worker steps', async () => {
      const req = await fileRequest(app);
      expect(await app.call('demo-resident', 'requests.claim', { id: req.id }, newRid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-staff', 'requests.accept', { id: req.id }, newRid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-handler', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-handler', 'stats.overview', { communityId: units.place.communityId, month: '2026-11' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('only the handler who accepted may complete it; a colleague of the unit sees the phone masked', async () => {
      const colleague = await person(app, 'handler-colleague', 'handler', { name: '刘队员' });
      await app.db.insertInto('handler_members').values({ unit_id: units.mediation, user_id: colleague }).execute();
      const req = await fileRequest(app);
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid());
      await app.ok('demo-handler', 'requests.accept', { id: req.id }, newRid());
      expect(await app.ok('handler-colleague', 'requests.get', { id: req.id })).toMatchObject({ viewer: 'unit', phoneMasked: true, can: [] });
      expect(await app.call('handler-colleague', 'requests.complete', { id: req.id, note: '代同事办结', photos: [] }, newRid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await app.ok('handler-colleague', 'requests.tasks', { filter: 'doing' })).items.map((i) => i.id)).not.toContain(req.id);
    });
  });

  describe('bad input is refused with nothing written', () => {
    const cases: [string, Partial<Record<keyof RequestCreate, unknown>>, string][] = [
      ['a description of 9 characters', { description: '一二三四五六七八九' }, 'description'],
      ['a description of 501 characters', { description: '事'.repeat(501) }, 'description'],
      ['7 photos', { photos: Array.from({ length: 7 }, (_, i) => `local:${String(i).repeat(32)}.png`) }, 'photos'],
      ['an invalid phone', { phone: '1384770123' }, 'phone'],
      ['markup in the description', { description: '<script>alert(1)</script>请帮忙修理水管' }, 'description'],
      ['markup in the address', { address: '<b>3号楼</b>' }, 'address'],
      ['an unknown category', { category: '代购外卖' }, 'category'],
      ['an unknown preferred time', { preferredTime: '半夜' }, 'preferredTime'],
      ['a photo id that names nothing stored', { photos: [`local:${'a'.repeat(32)}.png`] }, 'photos'],
      ['a photo from somewhere else', { photos: ['https://example.com/a.png'] }, 'photos'],
    ];
    it.each(cases)('%s', async (_label, over, field) => {
      const before = await snapshot(app.db);
      const res = await app.call('demo-resident-2', 'requests.create', { ...goodRequest(), ...over }, newRid());
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: expect.stringMatching(new RegExp(`^${field}`)) } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('a description of exactly 10 and 500 characters is fine', async () => {
      const who = await newResident(app);
      await fileRequest(app, who, { description: '一二三四五六七八九十' });
      await fileRequest(app, who, { description: '事'.repeat(500) });
    });

    it('a create without a requestId', async () => {
      const before = await snapshot(app.db);
      expect(await app.call('demo-resident', 'requests.create', goodRequest())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'requestId' } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('a resident who has not chosen a community yet', async () => {
      await app.ok('no-community-yet', 'me.get', {});
      const before = await snapshot(app.db);
      expect(await app.call('no-community-yet', 'requests.create', goodRequest(), newRid())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'communityId' } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('bad ratings and steps', async () => {
      const who = await newResident(app);
      const req = await fileRequest(app, who);
      const before = await snapshot(app.db);
      const bad: [string, unknown][] = [
        ['requests.rate', { id: req.id, stars: 6, tags: [], comment: '', resolved: 'resolved' }],
        ['requests.rate', { id: req.id, stars: 5, tags: ['随便写的标签'], comment: '', resolved: 'resolved' }],
        ['requests.rate', { id: req.id, stars: 5, tags: [], comment: '<img src=x>', resolved: 'resolved' }],
        ['requests.rate', { id: req.id, stars: 5, tags: [], comment: '', resolved: 'maybe' }],
        ['requests.decline', { id: req.id, reason: '' }],
        ['requests.complete', { id: req.id, note: '好', photos: [] }],
      ];
      for (const [action, payload] of bad) {
        const openid = action === 'requests.rate' ? who : 'demo-handler';
        expect(await app.call(openid, action, payload, newRid())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      }
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  describe('idempotent retries', () => {
    it('the same requestId twice (a retry, a double tap) creates one request', async () => {
      const who = await newResident(app);
      const rid = newRid();
      const count = async () => Number((await app.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const [a, b] = await Promise.all([
        app.ok(who, 'requests.create', goodRequest(), rid),
        app.call(who, 'requests.create', goodRequest(), rid),
      ]);
      const c = await app.ok(who, 'requests.create', goodRequest(), rid);
      expect(await count()).toBe(before + 1);
      expect(c.id).toBe(a.id);
      // The second may arrive while the first is still being written: it then says so rather than creating another.
      if (b.ok) expect((b.data as { id: number }).id).toBe(a.id);
      else expect(b.error.code).toBe('CONFLICT');
      const notices = await app.db.selectFrom('notifications').select('id').where('page', '=', `/packages/requests/detail/index?id=${a.id}`).execute();
      expect(notices).toHaveLength(1);
    });

    it('a retried rating returns the first result instead of a conflict', async () => {
      const who = await newResident(app);
      const req = await fileRequest(app, who, { category: '家政维修', description: '厨房水龙头一直滴水，关不紧' });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair, note: '' }, newRid());
      await app.ok('handler-repair', 'requests.accept', { id: req.id }, newRid());
      await app.ok('handler-repair', 'requests.complete', { id: req.id, note: '更换了阀芯', photos: [] }, newRid());
      const rid = newRid();
      const first = await app.ok(who, 'requests.rate', { id: req.id, stars: 4, tags: [], comment: '', resolved: 'resolved' }, rid);
      const again = await app.ok(who, 'requests.rate', { id: req.id, stars: 4, tags: [], comment: '', resolved: 'resolved' }, rid);
      expect(again).toEqual(first);
      const other = await app.call(who, 'requests.rate', { id: req.id, stars: 4, tags: [], comment: '', resolved: 'resolved' }, newRid());
      expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await app.db.selectFrom('request_ratings').select('id').where('request_id', '=', req.id).execute()).toHaveLength(1);
    });
  });

  describe('the content check', () => {
    it('holds a flagged description for review: the worker releases it, then it can be dispatched', async () => {
      const who = await newResident(app);
      const req = await fileRequest(app, who, { description: '有人在小区里组织赌博，每天晚上很吵，希望社区管一管' });
      expect(req).toMatchObject({ status: 'reviewing', reviewLabel: null });
      const staffView = await app.ok('demo-staff', 'requests.get', { id: req.id });
      expect(staffView).toMatchObject({ status: 'reviewing', reviewLabel: '含敏感词“赌博”', can: ['release', 'reject'] });
      const review = await app.ok('demo-staff', 'requests.queue', { communityId: units.place.communityId, filter: 'review' });
      expect(review.items.find((i) => i.id === req.id)).toMatchObject({ excerpt: '内容待审核' });
      expect(await app.call('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

      const released = await app.ok('demo-staff', 'requests.review', { id: req.id, target: 'request', decision: 'release', reason: '' }, newRid());
      expect(released).toMatchObject({ status: 'pending', can: ['dispatch', 'pool'] });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid());
    });

    it('a rejected description closes the request and tells the resident why', async () => {
      const who = await newResident(app);
      const req = await fileRequest(app, who, { description: '出售代开发票业务，欢迎联系我，价格优惠' });
      expect(await app.call('demo-staff', 'requests.review', { id: req.id, target: 'request', decision: 'reject', reason: '' }, newRid())).toMatchObject({ ok: false, error: { field: 'reason' } });
      const rejected = await app.ok('demo-staff', 'requests.review', { id: req.id, target: 'request', decision: 'reject', reason: '与社区服务无关' }, newRid());
      expect(rejected).toMatchObject({ status: 'rejected', can: [] });
      const told = await app.db.selectFrom('notifications').select(['kind', 'body']).where('kind', '=', 'request.rejected').execute();
      expect(told).toEqual([{ kind: 'request.rejected', body: '与社区服务无关' }]);
      expect((await app.ok(who, 'requests.get', { id: req.id })).timeline.at(-1)).toMatchObject({ kind: 'reject', note: '与社区服务无关' });
    });

    it('holds a flagged rating comment: hidden from the handler until a worker releases it', async () => {
      const who = await newResident(app);
      const req = await fileRequest(app, who, { category: '家政维修', description: '空调外机支架松动，担心掉下去砸到人' });
      await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair, note: '' }, newRid());
      await app.ok('handler-repair', 'requests.accept', { id: req.id }, newRid());
      await app.ok('handler-repair', 'requests.complete', { id: req.id, note: '已加固支架', photos: [] }, newRid());
      const rated = await app.ok(who, 'requests.rate', { id: req.id, stars: 5, tags: [], comment: '师傅说小区有人赌博，我也听说了', resolved: 'resolved' }, newRid());
      expect(rated.ratings[0]).toMatchObject({ comment: '师傅说小区有人赌博，我也听说了', commentState: 'held', commentLabel: null });

      expect((await app.ok('handler-repair', 'requests.get', { id: req.id })).ratings[0]).toMatchObject({ comment: null, commentState: 'held' });
      const staffView = await app.ok('demo-staff', 'requests.get', { id: req.id });
      expect(staffView).toMatchObject({ canReviewComment: true, ratings: [expect.objectContaining({ commentLabel: '含敏感词“赌博”', comment: '师傅说小区有人赌博，我也听说了' })] });
      expect((await app.ok('demo-staff', 'requests.queue', { communityId: units.place.communityId, filter: 'review' })).items.map((i) => i.id)).toContain(req.id);

      await app.ok('demo-staff', 'requests.review', { id: req.id, target: 'rating', decision: 'release', reason: '' }, newRid());
      expect((await app.ok('handler-repair', 'requests.get', { id: req.id })).ratings[0]).toMatchObject({ comment: '师傅说小区有人赌博，我也听说了', commentState: 'visible' });
      expect(await app.call('demo-staff', 'requests.review', { id: req.id, target: 'rating', decision: 'reject', reason: '' }, newRid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    });
  });

  describe('categories per community', () => {
    it('a worker changes the list; residents may order only what is on it', async () => {
      const who = await newResident(app);
      const { communityId } = units.place;
      expect((await app.ok(who, 'requests.categories', {})).categories).toEqual(['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他']);
      await app.ok('demo-staff', 'requests.setCategories', { communityId, categories: ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '法律援助', '其他'] });
      expect((await app.ok(who, 'requests.categories', {})).categories).toContain('法律援助');
      const legal = await fileRequest(app, who, { category: '法律援助', description: '家里老人被骗买了保健品，想咨询怎么维权' });
      expect(legal.category).toBe('法律援助');
      expect(await app.call('worker-neighbour', 'requests.setCategories', { communityId, categories: ['其他'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await app.call('demo-staff', 'requests.setCategories', { communityId, categories: ['其他', '其他'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      await app.ok('demo-staff', 'requests.setCategories', { communityId, categories: ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他'] });
    });
  });

  it('keeps the photos of a request', async () => {
    const who = await newResident(app);
    const photo = storedPhoto(app);
    const req = await fileRequest(app, who, { photos: [photo] });
    expect(req.photos).toEqual([photo]);
  });

  it('ten open requests from one resident are enough: the eleventh waits', async () => {
    const who = await newResident(app);
    for (let i = 0; i < 10; i++) await fileRequest(app, who, { description: `第${i + 1}件事：楼道里堆放杂物需要清理` });
    const before = await snapshot(app.db);
    expect(await app.call(who, 'requests.create', goodRequest(), newRid())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('getPhoneNumber codes cannot be exchanged outside WeChat: the client falls back to manual entry', async () => {
    expect(await app.call('demo-resident', 'requests.contactPhone', { code: 'abc' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
  });
});
