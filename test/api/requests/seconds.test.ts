import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addUnit, demoPlace, fileRequest, newRid, person, userId } from '../../support/requests-fixtures';

/** 附议 instead of duplicates: neighbours see open public-space requests of their 小区 and second one instead of filing. */

jest.setTimeout(120_000);

const LAMP = { category: '环境卫生', description: '小区东门垃圾站三天没有清运，气味很大，请尽快处理', address: '达尔罕小区3号楼2单元501', phone: '13847701234' };

describe.each(dialectsUnderTest())('附议 on %s', (dialect) => {
  let app: TestApp;
  let communityId: number;
  let unitId: number;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    const place = await demoPlace(app);
    communityId = place.communityId;
    const handler = await person(app, 'sec-handler', 'handler', { name: '环卫师傅' });
    unitId = await addUnit(app, { name: '达尔罕社区环卫队', kind: 'dept', streetId: place.streetId, communityId, categories: ['环境卫生'], members: [handler] });
    await person(app, 'sec-neighbour', 'resident', { communityId, name: '刘德福', phone: '13847702002' });
    await app.ok('sec-neighbour', 'me.update', { address: '达尔罕小区2号楼3单元402' });
    await person(app, 'sec-other-estate', 'resident', { communityId, name: '马玉梅' });
    await app.ok('sec-other-estate', 'me.update', { address: '康和小区5号楼2单元201' });
    await person(app, 'sec-outsider', 'resident', { communityId: place.neighbourId, name: '外社区居民' });
    await app.ok('sec-outsider', 'me.update', { address: '达尔罕小区2号楼1单元101' });
  });
  afterAll(() => app.close());

  it('a neighbour of the same 小区 sees an open public request without its reporter, seconds it once, and is told when it is done', async () => {
    const filed = await fileRequest(app, 'demo-resident', LAMP);
    expect(filed.seconds).toBe(0);

    // The tab's one call counts it for the neighbour's 小区, not for the reporter, nor for another 小区 or community.
    expect((await app.ok('sec-neighbour', 'requests.home', {})).similar).toMatchObject({ 环境卫生: 1 });
    expect((await app.ok('demo-resident', 'requests.home', {})).similar).toEqual({});
    expect((await app.ok('sec-other-estate', 'requests.home', {})).similar).toEqual({});
    expect((await app.ok('sec-outsider', 'requests.home', {})).similar).toEqual({});

    const page = await app.ok('sec-neighbour', 'requests.similar', { category: '环境卫生', address: '达尔罕小区2号楼3单元402' });
    expect(page).toMatchObject({ estate: '达尔罕小区', isPublic: true });
    expect(page.items).toEqual([expect.objectContaining({ id: filed.id, category: '环境卫生', estate: '达尔罕小区', description: LAMP.description, status: 'pending', seconds: 0, mine: false, seconded: false })]);
    // Never the reporter's name, phone or address, anywhere in the answer.
    const json = JSON.stringify(page);
    for (const personal of ['王秀兰', '13847701234', '1234', '3号楼', '2单元', '501']) expect(json).not.toContain(personal);
    // A category the community does not treat as public lists nothing.
    expect(await app.ok('sec-neighbour', 'requests.similar', { category: '邻里调解' })).toMatchObject({ isPublic: false, items: [] });

    const seconded = await app.ok('sec-neighbour', 'requests.second', { id: filed.id }, newRid());
    expect(seconded).toMatchObject({ id: filed.id, seconds: 1, seconded: true });
    expect(JSON.stringify(seconded)).not.toContain('王秀兰');
    // Once per person: again (another requestId) is refused and changes nothing.
    const before = await snapshot(app.db);
    expect(await app.call('sec-neighbour', 'requests.second', { id: filed.id }, newRid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(app.db)).toEqual(before);
    // Never on one's own; never from another community (NOT_FOUND, as if it were not there).
    expect(await app.call('demo-resident', 'requests.second', { id: filed.id }, newRid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.call('sec-outsider', 'requests.second', { id: filed.id }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'id' } });
    expect(await snapshot(app.db)).toEqual(before);

    // The request shows the count to its reporter and the workers; the neighbour sees it without the reporter.
    expect((await app.ok('demo-resident', 'requests.get', { id: filed.id })).seconds).toBe(1);
    expect((await app.ok('demo-staff', 'requests.get', { id: filed.id })).seconds).toBe(1);
    const asNeighbour = await app.ok('sec-neighbour', 'requests.get', { id: filed.id });
    expect(asNeighbour).toMatchObject({ viewer: 'neighbour', residentName: '居民', address: null, phone: '', seconds: 1, can: [] });
    for (const personal of ['王秀兰', '13847701234', '3号楼2单元501']) expect(JSON.stringify(asNeighbour)).not.toContain(personal);

    // Done: the reporter and every neighbour who seconded it are told, and each may rate it.
    await app.ok('demo-staff', 'requests.dispatch', { id: filed.id, unitId, note: '' }, newRid());
    await app.ok('sec-handler', 'requests.accept', { id: filed.id }, newRid());
    await expect(app.call('sec-other-estate', 'requests.second', { id: filed.id }, newRid())).resolves.toMatchObject({ ok: true });
    await app.ok('sec-handler', 'requests.complete', { id: filed.id, note: '已联系环卫所清运并消毒', photos: [] }, newRid());
    expect(await app.call('sec-outsider', 'requests.second', { id: filed.id }, newRid())).toMatchObject({ ok: false });
    const told = await app.db
      .selectFrom('notifications')
      .select('user_id')
      .where('page', 'like', `%id=${filed.id}`)
      .where('kind', '=', 'request.completed')
      .execute();
    expect(told.map((t) => t.user_id).sort()).toEqual(
      [await userId(app, 'demo-resident'), await userId(app, 'sec-neighbour'), await userId(app, 'sec-other-estate')].sort(),
    );
    const toRate = await app.ok('sec-neighbour', 'requests.get', { id: filed.id });
    expect(toRate.can).toEqual(['rate']);
    // A neighbour rates by stars (no comment); it takes no step, so the reporter still rates.
    expect(await app.call('sec-neighbour', 'requests.rate', { id: filed.id, stars: 5, comment: '谢谢', resolved: 'resolved' }, newRid())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'comment' } });
    const rated = await app.ok('sec-neighbour', 'requests.rate', { id: filed.id, stars: 5, tags: ['响应及时'], resolved: 'resolved' }, newRid());
    expect(rated).toMatchObject({ status: 'completed', can: [] });
    expect(await app.call('sec-neighbour', 'requests.rate', { id: filed.id, stars: 4, resolved: 'resolved' }, newRid())).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.ok('demo-resident', 'requests.get', { id: filed.id })).can).toContain('rate');
    await app.ok('demo-resident', 'requests.rate', { id: filed.id, stars: 3, resolved: 'partly', comment: '' }, newRid());
    // Both ratings count in the month's figures.
    const stats = await app.ok('demo-staff', 'stats.overview', { communityId, month: app.clock.now().toISOString().slice(0, 7) });
    expect(stats.byCategory.find((r) => r.key === '环境卫生')).toMatchObject({ ratings: 2, satisfaction: 0.5 });
  });

  it('50 neighbours second one request at once: 50 rows, count 50; the same person twice at once: one', async () => {
    const filed = await fileRequest(app, 'demo-resident', { ...LAMP, description: '5号楼前的路灯坏了两盏，晚上回家看不清路' });
    const at = app.clock.now().toISOString();
    const openids = Array.from({ length: 50 }, (_, i) => `sec-burst-${i}`);
    await app.db
      .insertInto('users')
      .values(openids.map((openid, i) => ({ openid, role: 'resident' as const, name: `邻居${i}`, phone: '', address: `达尔罕小区${i % 9}号楼1单元101`, community_id: communityId, created_at: at, updated_at: at })))
      .execute();
    const results = await Promise.all(openids.map((openid) => app.call(openid, 'requests.second', { id: filed.id }, newRid())));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const count = async () => (await app.db.selectFrom('requests').select('seconds').where('id', '=', filed.id).executeTakeFirstOrThrow()).seconds;
    const rows = async () => (await app.db.selectFrom('request_seconds').select('user_id').where('request_id', '=', filed.id).execute()).length;
    expect(Number(await count())).toBe(50);
    expect(await rows()).toBe(50);

    const twice = await Promise.all([newRid(), newRid(), newRid()].map((rid) => app.call('sec-neighbour', 'requests.second', { id: filed.id }, rid)));
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    for (const r of twice.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(Number(await count())).toBe(51);
    expect(await rows()).toBe(51);
  });

  it('whoever added 附议 is told when the reporter withdraws it, or goes with their account — never who or why', async () => {
    const told = async (id: number) =>
      app.db.selectFrom('notifications').select(['user_id', 'title', 'body']).where('page', 'like', `%id=${id}`).where('kind', '=', 'request.withdrawn').execute();
    const neighbour = await person(app, 'sec-withdraw-neighbour', 'resident', { communityId, name: '郝建平' });
    for (const reporter of ['sec-withdraw-reporter', 'sec-leaving-reporter']) {
      await person(app, reporter, 'resident', { communityId, name: '乌云其其格', phone: '13847709911' });
      const filed = await fileRequest(app, reporter, { ...LAMP, phone: '13847709911', description: `${reporter === 'sec-withdraw-reporter' ? '4号楼' : '6号楼'}楼道灯坏了，晚上看不清台阶` });
      await app.ok('sec-withdraw-neighbour', 'requests.second', { id: filed.id }, newRid());
      if (reporter === 'sec-withdraw-reporter') await app.ok(reporter, 'requests.withdraw', { id: filed.id }, newRid());
      else await app.ok(reporter, 'privacy.deleteAccount', { confirm: true });
      const messages = await told(filed.id);
      expect(messages.filter((m) => m.user_id === neighbour)).toEqual([{ user_id: neighbour, title: '您附议的问题已撤回', body: expect.stringContaining('如问题仍在，可以重新反映') }]);
      for (const personal of ['乌云其其格', '13847709911', '注销']) expect(JSON.stringify(messages.filter((m) => m.user_id === neighbour))).not.toContain(personal);
    }
  });

  it('a worker marks which categories are public; a deleted account takes its 附议 with it', async () => {
    const list = await app.ok('demo-staff', 'requests.categories', { communityId });
    expect(list.publicCategories).toEqual(['环境卫生']);
    const set = await app.ok('demo-staff', 'requests.setCategories', { communityId, categories: [...list.categories, '公共设施'], publicCategories: ['公共设施', '环境卫生'] });
    expect(set.publicCategories).toEqual(['环境卫生', '公共设施']);
    expect(await app.call('demo-staff', 'requests.setCategories', { communityId, categories: ['其他'], publicCategories: ['环境卫生'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'publicCategories' } });
    // Without publicCategories, the marks of the kept names stay.
    expect((await app.ok('demo-staff', 'requests.setCategories', { communityId, categories: [...list.categories, '公共设施'] })).publicCategories).toEqual(['环境卫生', '公共设施']);

    const filed = await fileRequest(app, 'demo-resident', { ...LAMP, category: '公共设施', description: '3号楼单元门禁坏了，门一直关不上' });
    await app.ok('sec-neighbour', 'requests.second', { id: filed.id }, newRid());
    expect((await app.ok('demo-resident', 'requests.get', { id: filed.id })).seconds).toBe(1);
    await app.ok('sec-neighbour', 'privacy.deleteAccount', { confirm: true });
    expect((await app.ok('demo-resident', 'requests.get', { id: filed.id })).seconds).toBe(0);
    const neighbourId = await app.db.selectFrom('request_seconds').select('user_id').where('request_id', '=', filed.id).execute();
    expect(neighbourId).toEqual([]);
  });
});
