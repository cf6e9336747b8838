import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, inbox, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { fileRequest, newResident, newRid, standardUnits, type Units } from '../../support/requests-fixtures';

describe.each(dialectsUnderTest())('暖心事 timeouts on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
  });
  afterAll(() => app.close());

  const overdueNotices = () => app.db.selectFrom('notifications').select(['title', 'page']).where('kind', '=', 'request.overdue').orderBy('id').execute();
  const overdueIds = async () =>
    (await app.ok('demo-staff', 'requests.queue', { communityId: units.place.communityId, filter: 'overdue' })).items.map((i) => i.id);

  it('not dispatched within 24 h → 超时, the worker told once; dispatching clears it; not accepted within 24 h → 超时 again', async () => {
    const req = await fileRequest(app, await newResident(app));
    app.clock.advance(24 * 60 - 1);
    await runTick(app.rt);
    expect(await overdueIds()).not.toContain(req.id);

    app.clock.advance(1);
    const [a, b] = await Promise.all([runTick(app.rt), runTick(app.rt)]);
    expect(a['request-timeouts'] + b['request-timeouts']).toBe(1);
    expect(await overdueIds()).toContain(req.id);
    expect(await overdueNotices()).toEqual([{ title: '暖心事超时：超过24小时未派单', page: `/packages/requests/detail/index?id=${req.id}` }]);
    expect((await inbox(app.db)).map((m) => [m.openid, m.title])).toContainEqual(['demo-staff', '暖心事超时：超过24小时未派单']);
    const staffView = await app.ok('demo-staff', 'requests.get', { id: req.id });
    expect(staffView).toMatchObject({ overdue: true });
    expect(staffView.timeline.at(-1)).toMatchObject({ kind: 'overdue', note: '超过24小时未派单' });

    await runTick(app.rt);
    expect(await overdueNotices()).toHaveLength(1);

    const dispatched = await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.mediation, note: '' }, newRid());
    expect(dispatched.overdue).toBe(false);
    expect(await overdueIds()).not.toContain(req.id);

    app.clock.advance(24 * 60);
    await runTick(app.rt);
    expect(await overdueIds()).toContain(req.id);
    expect((await overdueNotices()).map((n) => n.title)).toEqual(['暖心事超时：超过24小时未派单', '暖心事超时：派单后超过24小时未接单']);

    await app.ok('demo-handler', 'requests.accept', { id: req.id }, newRid());
    app.clock.advance(7 * 24 * 60);
    await runTick(app.rt);
    expect(await overdueIds()).not.toContain(req.id);
  });

  it('the resident never sees the 超时 bookkeeping in their timeline', async () => {
    const who = await newResident(app);
    const req = await fileRequest(app, who);
    app.clock.advance(25 * 60);
    await runTick(app.rt);
    const own = await app.ok(who, 'requests.get', { id: req.id });
    expect(own.timeline.map((s) => s.kind)).toEqual(['created']);
    expect(own.overdue).toBe(true);
  });
});
