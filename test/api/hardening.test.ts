import { snapshot, createTestApp, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';

// Calls that once stopped the service or answered INTERNAL, each sent as an outside caller would.
describe.each(dialectsUnderTest())('hostile and careless calls on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());

  it.each([
    ['9999-12', 'a month whose days sort after 10000-01-01'],
    ['1899-12', 'a month before the calendar data'],
    ['2101-01', 'a month after the window'],
  ])('refuses events.month %s (%s) at once', async (month) => {
    const res = await app.call('demo-resident', 'events.month', { month });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month', message: '月份应在2000年到2100年之间' } });
  });

  it('refuses instants that do not exist instead of rolling them over', async () => {
    const community = (await app.ok('demo-staff', 'me.get', {})).staffCommunities[0].id;
    const before = await snapshot(app.db);
    const res = await app.call('demo-staff', 'events.create', {
      communityId: community,
      title: '春节联欢',
      category: 'culture',
      organizer: '社区居委会',
      place: '活动室',
      startsAt: '2027-02-30T19:00:00+08:00',
      endsAt: '2027-02-30T21:00:00+08:00',
      capacity: 30,
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'startsAt', message: '开始时间不是有效时间' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it.each([[[]], [null], ['me'], [42]])('refuses a payload that is not an object: %p', async (payload) => {
    const before = await snapshot(app.db);
    const res = await app.call('demo-resident', 'me.update', payload);
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求参数应为对象', field: 'payload' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it.each(['todo', 'doing', 'pool', 'done'] as const)('shows 我的任务 (%s) to a worker who serves in no unit', async (filter) => {
    const res = await app.ok('demo-staff', 'requests.tasks', { filter });
    expect(res).toMatchObject({ items: [], units: [], counts: { todo: 0, doing: 0, pool: 0, done: 0 } });
    expect((await app.ok('demo-admin', 'requests.tasks', { filter })).items).toEqual([]);
  });

  it('answers NOT_FOUND with the field for a community that does not exist', async () => {
    const before = await snapshot(app.db);
    const res = await app.call('demo-admin', 'requests.setCategories', { communityId: 999, categories: ['助老服务'] });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '社区不存在', field: 'communityId' } });
    expect(await app.call('demo-resident', 'requests.categories', { communityId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'communityId' } });
    expect(await snapshot(app.db)).toEqual(before);
  });
});
