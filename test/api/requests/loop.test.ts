import { auditTrail } from '../../../cloud/db/audit';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addUnit, fileRequest, newRid, standardUnits, storedPhoto, userId, type Units } from '../../support/requests-fixtures';

const notificationsOf = async (app: TestApp, openid: string) =>
  app.db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['notifications.kind', 'notifications.title', 'notifications.body', 'notifications.page'])
    .where('users.openid', '=', openid)
    .orderBy('notifications.id')
    .execute();

describe.each(dialectsUnderTest())('暖心事: the whole loop on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
  });
  afterAll(() => app.close());

  it('群众点单 → 社区派单 → 部门接单 → 办结 → 群众评单, each step audited and told to the next person', async () => {
    const created = await fileRequest(app);
    expect(created).toMatchObject({ status: 'pending', category: '邻里调解', viewer: 'owner', phone: '13847701234', phoneMasked: false });
    expect(created.can).toEqual(['withdraw']);
    expect((await notificationsOf(app, 'demo-staff')).at(-1)).toMatchObject({ kind: 'request.created', title: '新的暖心事待派单', page: `/packages/requests/detail/index?id=${created.id}` });

    const queue = await app.ok('demo-staff', 'requests.queue', { communityId: units.place.communityId, filter: 'pending' });
    expect(queue.items.map((i) => i.id)).toContain(created.id);
    expect(queue.counts.pending).toBeGreaterThanOrEqual(1);

    const options = (await app.ok('demo-staff', 'requests.dispatchPage', { id: created.id })).units;
    expect(options[0]).toMatchObject({ id: units.mediation, serves: true, members: 1, scopeName: '哈巴格希街道' });
    expect(options.map((o) => o.id)).not.toContain(units.elsewhere);

    app.clock.advance(30);
    const dispatched = await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.mediation, note: '请先电话联系居民' }, newRid());
    expect(dispatched).toMatchObject({ status: 'dispatched', unit: { id: units.mediation, name: '哈巴格希街道矛盾调解志愿服务队' } });
    expect((await notificationsOf(app, 'demo-handler')).at(-1)).toMatchObject({ kind: 'request.dispatched', title: '新的暖心事待接单' });

    const todo = await app.ok('demo-handler', 'requests.tasks', { filter: 'todo' });
    expect(todo.items.map((i) => i.id)).toContain(created.id);
    const beforeAccept = await app.ok('demo-handler', 'requests.get', { id: created.id });
    expect(beforeAccept).toMatchObject({ viewer: 'unit', phone: '138****1234', phoneMasked: true, can: ['accept', 'decline'] });

    app.clock.advance(45);
    const accepted = await app.ok('demo-handler', 'requests.accept', { id: created.id }, newRid());
    expect(accepted).toMatchObject({ status: 'accepted', viewer: 'assignee', handlerName: '张志强', phone: '13847701234', phoneMasked: false });
    expect((await notificationsOf(app, 'demo-resident')).at(-1)).toMatchObject({ kind: 'request.accepted', body: '哈巴格希街道矛盾调解志愿服务队 张志强已接单，将与您联系' });

    app.clock.advance(24 * 60);
    const photo = storedPhoto(app);
    const completed = await app.ok('demo-handler', 'requests.complete', { id: created.id, note: '已上门协调，双方约定晚上八点后停止施工', photos: [photo] }, newRid());
    expect(completed.status).toBe('completed');
    expect((await notificationsOf(app, 'demo-resident')).at(-1)).toMatchObject({ kind: 'request.completed', title: '您的暖心事已办结，请评价' });

    const seen = await app.ok('demo-resident', 'requests.get', { id: created.id });
    expect(seen.can).toEqual(['rate', 'reopen']);
    expect(seen.timeline.map((s) => s.kind)).toEqual(['created', 'dispatch', 'accept', 'complete']);
    expect(seen.timeline[1]).toMatchObject({ unitName: '哈巴格希街道矛盾调解志愿服务队', actorName: '赵丽娜', note: null });
    expect(seen.timeline[2]).toMatchObject({ actorName: '张志强' });
    expect(seen.timeline[3]).toMatchObject({ note: '已上门协调，双方约定晚上八点后停止施工', photos: [photo] });

    const rated = await app.ok('demo-resident', 'requests.rate', { id: created.id, stars: 5, tags: ['响应及时', '问题已解决'], comment: '非常感谢志愿者', resolved: 'resolved' }, newRid());
    expect(rated).toMatchObject({ status: 'rated', can: [] });
    expect(rated.ratings).toEqual([expect.objectContaining({ round: 1, stars: 5, tags: ['响应及时', '问题已解决'], comment: '非常感谢志愿者', commentState: 'visible', resolved: 'resolved' })]);
    expect((await app.ok('demo-handler', 'requests.get', { id: created.id })).ratings[0].comment).toBe('非常感谢志愿者');

    const trail = await auditTrail(app.db, 'request', created.id);
    expect(trail.map((t) => [t.action, t.from_state, t.to_state])).toEqual([
      ['create', null, 'pending'],
      ['dispatch', 'pending', 'dispatched'],
      ['accept', 'dispatched', 'accepted'],
      ['complete', 'accepted', 'completed'],
      ['rate', 'completed', 'rated'],
    ]);
    expect(trail.map((t) => t.actor_id)).toEqual([
      await userId(app, 'demo-resident'),
      await userId(app, 'demo-staff'),
      await userId(app, 'demo-handler'),
      await userId(app, 'demo-handler'),
      await userId(app, 'demo-resident'),
    ]);
  });

  it('the claim pool: a unit that declares the category claims it and becomes its handler', async () => {
    const created = await fileRequest(app, 'demo-resident-2', { category: '家政维修', description: '家里厨房插座冒火花，老人不敢用电，想请师傅看看', address: '达尔罕小区7号楼1单元302', phone: '13947705678' });
    await app.ok('demo-staff', 'requests.pool', { id: created.id, note: '' }, newRid());
    expect((await notificationsOf(app, 'handler-repair')).at(-1)).toMatchObject({ kind: 'request.pooled' });

    const pool = await app.ok('handler-repair', 'requests.tasks', { filter: 'pool' });
    expect(pool.items).toEqual([expect.objectContaining({ id: created.id, residentName: '李**' })]);
    expect((await app.ok('demo-handler', 'requests.tasks', { filter: 'pool' })).items.map((i) => i.id)).not.toContain(created.id);

    const claimed = await app.ok('handler-repair', 'requests.claim', { id: created.id }, newRid());
    expect(claimed).toMatchObject({ status: 'accepted', viewer: 'assignee', handlerName: '郝师傅', unit: { id: units.repair, phone: '0477-96118' }, phone: '13947705678' });
    const doing = await app.ok('handler-repair', 'requests.tasks', { filter: 'doing' });
    expect(doing.items.map((i) => i.id)).toEqual([created.id]);
  });

  it('a handler declines with a reason: back to the queue, the workers are told, the unit no longer sees it', async () => {
    const created = await fileRequest(app, 'demo-resident', { category: '心理关爱', description: '独居老人最近情绪低落，希望有人定期上门聊聊天' });
    await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.mediation, note: '' }, newRid());
    const res = await app.ok('demo-handler', 'requests.decline', { id: created.id, reason: '本周队员都在外地培训' }, newRid());
    expect(res).toEqual({ id: created.id, status: 'pending' });
    expect((await notificationsOf(app, 'demo-staff')).at(-1)).toMatchObject({ kind: 'request.declined', body: '哈巴格希街道矛盾调解志愿服务队：本周队员都在外地培训' });
    expect(await app.call('demo-handler', 'requests.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const worker = await app.ok('demo-staff', 'requests.get', { id: created.id });
    expect(worker.timeline.at(-1)).toMatchObject({ kind: 'decline', note: '本周队员都在外地培训', actorName: '张志强' });
    const owner = await app.ok('demo-resident', 'requests.get', { id: created.id });
    expect(owner.timeline.at(-1)).toMatchObject({ kind: 'decline', note: null });
  });

  it('未解决 reopens it to the community with the comment, notifies the worker, and a second round can be rated', async () => {
    const created = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '卫生间下水道堵塞，水漫到客厅了，请尽快来人' });
    await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.repair, note: '' }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: created.id }, newRid());
    await app.ok('handler-repair', 'requests.complete', { id: created.id, note: '已疏通下水道', photos: [] }, newRid());

    const reopened = await app.ok('demo-resident', 'requests.rate', { id: created.id, stars: 2, tags: ['还需改进'], comment: '第二天又堵了，可能是主管道的问题', resolved: 'unresolved' }, newRid());
    expect(reopened).toMatchObject({ status: 'pending', round: 2, unit: null, handlerName: null });
    expect(reopened.ratings).toEqual([expect.objectContaining({ round: 1, stars: 2, resolved: 'unresolved', comment: '第二天又堵了，可能是主管道的问题' })]);
    expect((await notificationsOf(app, 'demo-staff')).at(-1)).toMatchObject({ kind: 'request.reopened', title: '居民反馈问题未解决', body: '「家政维修」第二天又堵了，可能是主管道的问题' });
    expect((await app.ok('demo-staff', 'requests.queue', { communityId: units.place.communityId, filter: 'pending' })).items.map((i) => i.id)).toContain(created.id);
    expect(await app.call('handler-repair', 'requests.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.repair, note: '主管道问题，请带工具' }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: created.id }, newRid());
    await app.ok('handler-repair', 'requests.complete', { id: created.id, note: '更换了主管道弯头', photos: [] }, newRid());
    const rated = await app.ok('demo-resident', 'requests.rate', { id: created.id, stars: 4, tags: [], comment: '', resolved: 'resolved' }, newRid());
    expect(rated.status).toBe('rated');
    expect(rated.ratings.map((r) => [r.round, r.stars, r.resolved])).toEqual([
      [1, 2, 'unresolved'],
      [2, 4, 'resolved'],
    ]);
    expect(rated.timeline.map((s) => s.kind)).toEqual(['created', 'dispatch', 'accept', 'complete', 'reopen', 'dispatch', 'accept', 'complete', 'rate']);
  });

  it('an 未解决 rating needs a comment', async () => {
    const created = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '阳台的晾衣架掉下来了，需要重新固定一下' });
    await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.repair, note: '' }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: created.id }, newRid());
    await app.ok('handler-repair', 'requests.complete', { id: created.id, note: '已重新固定', photos: [] }, newRid());
    const res = await app.call('demo-resident', 'requests.rate', { id: created.id, stars: 1, tags: [], comment: '', resolved: 'unresolved' }, newRid());
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'comment' } });
    expect((await app.ok('demo-resident', 'requests.get', { id: created.id })).status).toBe('completed');
  });

  it('withdraw before acceptance tells the unit; after acceptance it is a CONFLICT', async () => {
    const a = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '楼道灯坏了好几天了，晚上上下楼很不方便' });
    await app.ok('demo-staff', 'requests.dispatch', { id: a.id, unitId: units.repair, note: '' }, newRid());
    const withdrawn = await app.ok('demo-resident', 'requests.withdraw', { id: a.id }, newRid());
    expect(withdrawn).toMatchObject({ status: 'withdrawn', can: [] });
    expect((await notificationsOf(app, 'handler-repair')).at(-1)).toMatchObject({ kind: 'request.withdrawn' });

    const b = await fileRequest(app, 'demo-resident', { category: '家政维修', description: '单元门的门禁坏了，老人进出不方便' });
    await app.ok('demo-staff', 'requests.dispatch', { id: b.id, unitId: units.repair, note: '' }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: b.id }, newRid());
    const late = await app.call('demo-resident', 'requests.withdraw', { id: b.id }, newRid());
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这件暖心事当前「处理中」，不能撤回' } });
  });

  it('a worker may re-dispatch an item nobody accepted, and the first unit is told', async () => {
    const created = await fileRequest(app, 'demo-resident', { category: '邻里调解', description: '楼下商户的油烟排到了居民楼里，沟通多次无果' });
    await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.mediation, note: '' }, newRid());
    const again = await app.call('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.mediation, note: '' }, newRid());
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const moved = await app.ok('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.repair, note: '改派' }, newRid());
    expect(moved.unit?.id).toBe(units.repair);
    expect((await notificationsOf(app, 'demo-handler')).at(-1)).toMatchObject({ kind: 'request.redirected' });
    expect(await app.call('demo-handler', 'requests.accept', { id: created.id }, newRid())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a unit of another street, and a unit without members', async () => {
    const created = await fileRequest(app);
    const far = await app.call('demo-staff', 'requests.dispatch', { id: created.id, unitId: units.elsewhere, note: '' }, newRid());
    expect(far).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'unitId' } });
    const empty = await addUnit(app, { name: '空壳服务队', kind: 'volunteer', streetId: units.place.streetId, communityId: units.place.communityId, categories: ['其他'], members: [] });
    const none = await app.call('demo-staff', 'requests.dispatch', { id: created.id, unitId: empty, note: '' }, newRid());
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'unitId' } });
  });
});
