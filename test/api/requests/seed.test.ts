import { REQUEST_STATUSES } from '../../../types';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';

describe.each(dialectsUnderTest())('the 暖心事 demo data on %s', (dialect) => {
  let app: TestApp;
  afterEach(() => app.close());

  it('puts demo-handler in a unit, shows every state in the queue and real figures for this month', async () => {
    app = await createTestApp(dialect, { now: '2026-11-25T02:00:00.000Z', seed: 'all' });
    const statuses = await app.db.selectFrom('requests').select('status').distinct().execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(REQUEST_STATUSES.filter((s) => s !== 'rejected').sort());

    const wb = (await app.ok('demo-handler', 'workbench.get', {})).requests;
    expect(wb.handler?.units.map((u) => u.name)).toEqual(['哈巴格希街道矛盾调解志愿服务队', '康巴什供电共建服务队']);
    expect(wb.handler).toMatchObject({ doing: 1, todo: 1 });

    const staff = (await app.ok('demo-staff', 'workbench.get', {})).requests;
    expect(staff.staff).toEqual([expect.objectContaining({ communityName: '达尔罕社区', pending: 2, review: 1, overdue: 2 })]);

    const stats = await app.ok('demo-staff', 'stats.overview', { communityId: staff.staff[0].communityId, month: '2026-11' });
    expect(stats.total.ratings).toBeGreaterThanOrEqual(8);
    expect(stats.total.satisfaction).toBeGreaterThan(0.6);
    expect(stats.total.medianAcceptMinutes).toBeGreaterThan(0);
    expect(stats.byUnit.length).toBeGreaterThanOrEqual(5);

    const mine = await app.ok('demo-resident', 'requests.mine', {});
    expect(mine.map((r) => r.status)).toEqual(expect.arrayContaining(['completed', 'rated']));
  });

  it('lists 待派单 and every open queue oldest first, the finished ones newest first, by when they were filed', async () => {
    app = await createTestApp(dialect, { now: '2026-11-25T02:00:00.000Z', seed: 'all' });
    const communityId = (await app.ok('demo-staff', 'workbench.get', {})).requests.staff[0].communityId;
    const times = async (filter: 'pending' | 'active' | 'overdue' | 'completed' | 'closed') =>
      (await app.ok('demo-staff', 'requests.queue', { communityId, filter })).items.map((i) => i.createdAt);
    const pending = await times('pending');
    expect(pending.length).toBeGreaterThan(1);
    for (const filter of ['pending', 'active', 'overdue'] as const) {
      const list = await times(filter);
      expect(list).toEqual([...list].sort());
    }
    for (const filter of ['completed', 'closed'] as const) {
      const list = await times(filter);
      expect(list).toEqual([...list].sort().reverse());
    }
  });

  it('still gives this month figures on the first morning of a month', async () => {
    app = await createTestApp(dialect, { now: '2026-12-01T00:30:00.000Z', seed: 'all' });
    const staff = (await app.ok('demo-staff', 'workbench.get', {})).requests;
    const stats = await app.ok('demo-staff', 'stats.overview', { communityId: staff.staff[0].communityId, month: '2026-12' });
    expect(stats.total.ratings).toBeGreaterThanOrEqual(8);
    const steps = await app.db.selectFrom('request_steps').select('at').execute();
    expect(steps.every((s) => s.at <= '2026-12-01T00:30:00.000Z')).toBe(true);
  });
});
