import type { ActionInput } from '../../../types';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addUnit, newRid, person, standardUnits, storedPhoto, userId, type Units } from '../../support/requests-fixtures';

/** 代点单 and 网格上报: a worker or grid worker files a 暖心事 for someone else; the source follows it everywhere. */

type FileFor = ActionInput<'requests.fileFor'>;

describe.each(dialectsUnderTest())('代点单 and 网格上报 on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  let resident: number;
  const base = (over: Partial<FileFor> = {}): FileFor => ({
    communityId: units.place.communityId,
    source: 'hotline',
    kind: 'person',
    personName: '白秀英',
    phone: '13847703001',
    category: '家政维修',
    description: '96118热线来电：家里暖气片漏水，老人独居不会处理',
    address: '达尔罕小区4号楼2单元102',
    preferredTime: '尽快',
    photos: [],
    ...over,
  });
  const file = (openid: string, over: Partial<FileFor> = {}) => app.ok(openid, 'requests.fileFor', base(over), newRid());
  const refusal = (openid: string, payload: unknown) => app.call(openid, 'requests.fileFor', payload, newRid());

  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
    resident = await person(app, 'filed-resident', 'resident', { communityId: units.place.communityId, name: '孙秀珍', phone: '13847702005' });
    await person(app, 'worker-elsewhere', 'worker', { communityId: units.place.neighbourId, name: '兴旺社区工作者' });
    const grid = await person(app, 'grid-gaona', 'handler', { name: '高娜' });
    await addUnit(app, { name: '达尔罕社区第一网格', kind: 'grid', streetId: units.place.streetId, communityId: units.place.communityId, categories: ['环境卫生'], members: [grid] });
  });
  afterAll(() => app.close());

  it('a hotline caller without the app: recorded as a person, the source on the timeline, rated by phone by a worker', async () => {
    const filed = await file('demo-staff');
    expect(filed).toMatchObject({ source: 'hotline', subject: 'person', residentName: '白秀英', viewer: 'staff', status: 'pending', phone: '138****3001', filedBy: expect.any(String) });
    expect(filed.timeline[0]).toMatchObject({ kind: 'created', source: 'hotline', actorName: filed.filedBy });
    const record = await app.db.selectFrom('users').select(['openid', 'community_id', 'address']).where('name', '=', '白秀英').execute();
    expect(record).toEqual([{ openid: expect.stringMatching(/^offline:[0-9a-f]{32}$/), community_id: units.place.communityId, address: '' }]);
    // Nobody can call as that record, even where the transport takes the caller's word for who they are (local host).
    expect(await app.call(record[0].openid, 'me.get', {})).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    // Found again by the number they gave, marked as not using the app.
    const found = await app.ok('demo-staff', 'people.residents', { communityId: units.place.communityId, keyword: '13847703001' });
    expect(found).toEqual([expect.objectContaining({ name: '白秀英', phoneMasked: '138****3001', hasApp: false })]);
    // Part of a number finds nobody (the answer masks phones; digits must not read them back).
    expect(await app.ok('demo-staff', 'people.residents', { communityId: units.place.communityId, keyword: '3001' })).toEqual([]);
    // The same caller again: the same record.
    const again = await file('demo-staff', { category: '其他', description: '96118热线再次来电：想咨询社区老年食堂的开放时间' });
    expect((await app.db.selectFrom('requests').select('resident_id').where('id', 'in', [filed.id, again.id]).execute()).map((r) => r.resident_id)).toEqual([
      expect.any(Number),
      (await app.db.selectFrom('requests').select('resident_id').where('id', '=', filed.id).executeTakeFirstOrThrow()).resident_id,
    ]);
    const audit = await app.db.selectFrom('audit_log').select(['action', 'actor_id', 'note']).where('entity', '=', 'request').where('entity_id', '=', filed.id).execute();
    expect(audit).toEqual([{ action: 'create', actor_id: await userId(app, 'demo-staff'), note: '代点单（热线）' }]);

    // Not yet done: nothing to record; then the loop closes and the worker records the phone rating.
    const early = await app.call('demo-staff', 'requests.rateByPhone', { id: filed.id, stars: 5, resolved: 'resolved' }, newRid());
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await app.ok('demo-staff', 'requests.dispatch', { id: filed.id, unitId: units.repair, note: '' }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: filed.id }, newRid());
    const done = await app.ok('handler-repair', 'requests.complete', { id: filed.id, note: '已上门修好暖气片阀门', photos: [] }, newRid());
    expect(done.status).toBe('completed');
    expect((await app.ok('demo-staff', 'requests.get', { id: filed.id })).canRateByPhone).toBe(true);
    const rated = await app.ok('demo-staff', 'requests.rateByPhone', { id: filed.id, stars: 4, tags: ['态度热情'], comment: '老人说师傅很耐心', resolved: 'resolved' }, newRid());
    expect(rated).toMatchObject({ status: 'rated', canRateByPhone: false, ratings: [expect.objectContaining({ stars: 4, comment: '老人说师傅很耐心' })] });
    expect(rated.timeline.at(-1)).toMatchObject({ kind: 'rate', note: '电话回访 · 4星 · 已解决', actorName: expect.any(String) });
    const rating = await app.db.selectFrom('request_ratings').select(['resident_id', 'recorded_by']).where('request_id', '=', filed.id).executeTakeFirstOrThrow();
    expect(rating.recorded_by).toBe(await userId(app, 'demo-staff'));
    expect(rating.resident_id).not.toBe(rating.recorded_by);
    const rateAudit = await app.db.selectFrom('audit_log').select(['actor_id', 'note']).where('entity_id', '=', filed.id).where('action', '=', 'rate').executeTakeFirstOrThrow();
    expect(rateAudit).toEqual({ actor_id: await userId(app, 'demo-staff'), note: '电话回访 · 4星 · 已解决' });

    // The source counts in the month's figures.
    const stats = await app.ok('demo-staff', 'stats.overview', { communityId: units.place.communityId, month: app.clock.now().toISOString().slice(0, 7) });
    expect(stats.bySource.map((r) => r.key)).toEqual(['self', 'grid', 'hotline', 'visit']);
    expect(stats.bySource.find((r) => r.key === 'hotline')).toMatchObject({ label: '热线', created: 2, ratings: 1, satisfaction: 1 });
  });

  it('a registered resident: found by name or phone, sees it in 我的暖心事 (told in 消息通知) and rates it themselves', async () => {
    const [hit] = await app.ok('demo-staff', 'people.residents', { communityId: units.place.communityId, keyword: '13847702005' });
    expect(hit).toMatchObject({ id: resident, name: '孙秀珍', hasApp: true });
    const filed = await file('demo-staff', { kind: 'resident', source: 'visit', residentId: resident, personName: undefined, phone: undefined });
    expect(filed).toMatchObject({ source: 'visit', subject: 'resident', residentName: '孙秀珍', phone: '138****2005' });
    const mine = await app.ok('filed-resident', 'requests.mine', {});
    expect(mine.map((r) => [r.id, r.source])).toEqual([[filed.id, 'visit']]);
    const seen = await app.ok('filed-resident', 'requests.get', { id: filed.id });
    expect(seen).toMatchObject({ viewer: 'owner', phone: '13847702005', source: 'visit', filedBy: filed.filedBy, canRateByPhone: false });
    expect(seen.timeline[0]).toMatchObject({ kind: 'created', source: 'visit', actorName: filed.filedBy });
    const inbox = await app.db.selectFrom('notifications').select('title').where('user_id', '=', resident).execute();
    expect(inbox.map((n) => n.title)).toContain('社区已为您登记暖心事');
    // A resident who uses the app rates for themselves: no phone rating for them.
    expect((await app.ok('demo-staff', 'requests.get', { id: filed.id })).canRateByPhone).toBe(false);
  });

  it('a grid worker reports a public-space problem found on patrol, with photos, and owns the feedback', async () => {
    const photo = await storedPhoto(app);
    const filed = await file('grid-gaona', { source: 'grid', kind: 'public', personName: undefined, phone: undefined, category: '环境卫生', description: '网格巡查：7号楼北侧消防通道被私家车堵占', address: '达尔罕小区7号楼北侧', photos: [photo] });
    expect(filed).toMatchObject({ source: 'grid', subject: 'public', viewer: 'owner', photos: [photo] });
    expect((await app.ok('grid-gaona', 'requests.mine', {})).map((r) => r.id)).toContain(filed.id);
    const page = await app.ok('grid-gaona', 'requests.fileForPage', {});
    expect(page).toMatchObject({ communities: [{ id: units.place.communityId, name: '达尔罕社区' }], kinds: ['public'], sources: ['grid'] });
    expect(page.categories).toContain('环境卫生');
  });

  it('the form in one call: a worker’s communities, that community’s categories, every kind and source', async () => {
    const page = await app.ok('demo-staff', 'requests.fileForPage', { communityId: units.place.communityId });
    expect(page).toMatchObject({ communityId: units.place.communityId, kinds: ['resident', 'person', 'public'], sources: ['grid', 'hotline', 'visit'] });
    expect(await app.call('demo-staff', 'requests.fileForPage', { communityId: units.place.neighbourId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'communityId' } });
    expect(await app.ok('demo-handler', 'requests.fileForPage', {})).toEqual({ communities: [], communityId: null, categories: [], kinds: [], sources: [] });
  });

  it('refuses, in Chinese and changing nothing, whoever may not and whatever is missing', async () => {
    const before = await snapshot(app.db);
    const cases: [string, unknown, string, string | undefined][] = [
      ['demo-resident', base(), 'FORBIDDEN', undefined],
      ['demo-handler', base(), 'FORBIDDEN', undefined],
      ['worker-elsewhere', base(), 'FORBIDDEN', undefined],
      ['worker-elsewhere', base({ communityId: units.place.neighbourId, kind: 'resident', residentId: resident, personName: undefined }), 'NOT_FOUND', 'residentId'],
      ['grid-gaona', base(), 'FORBIDDEN', undefined],
      ['grid-gaona', base({ kind: 'public', personName: undefined, source: 'hotline' }), 'INVALID_INPUT', 'source'],
      ['demo-staff', base({ personName: undefined }), 'INVALID_INPUT', 'personName'],
      ['demo-staff', base({ phone: undefined }), 'INVALID_INPUT', 'phone'],
      ['demo-staff', base({ kind: 'resident', personName: undefined }), 'INVALID_INPUT', 'residentId'],
      ['demo-staff', base({ kind: 'public', residentId: resident, personName: undefined }), 'INVALID_INPUT', 'residentId'],
      ['demo-staff', base({ category: '不存在的类' }), 'INVALID_INPUT', 'category'],
      ['demo-staff', base({ source: 'self' as never }), 'INVALID_INPUT', 'source'],
      ['demo-staff', base({ personName: 'x'.repeat(21) }), 'INVALID_INPUT', 'personName'],
      ['demo-staff', base({ communityId: 99999 }), 'NOT_FOUND', 'communityId'],
    ];
    for (const [who, payload, code, field] of cases) {
      const res = await refusal(who, payload);
      expect(res).toMatchObject({ ok: false, error: { code } });
      if (!res.ok) {
        expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
        if (field) expect(res.error.field).toBe(field);
      }
    }
    expect(await snapshot(app.db)).toEqual(before);
    // A resident's phone rating is theirs to give; a worker of another community does not find the request.
    const own = await file('demo-staff', { kind: 'resident', residentId: resident, personName: undefined, phone: undefined, source: 'hotline' });
    const after = await snapshot(app.db);
    expect(await app.call('demo-staff', 'requests.rateByPhone', { id: own.id, stars: 5, resolved: 'resolved' }, newRid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('worker-elsewhere', 'requests.rateByPhone', { id: own.id, stars: 5, resolved: 'resolved' }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    expect(await snapshot(app.db)).toEqual(after);
  });
});
