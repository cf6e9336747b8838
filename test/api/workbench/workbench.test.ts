import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';

jest.setTimeout(60_000);

/**
 * workbench.get draws the 工作台 in one call and carries only what the caller's role may act on (DESIGN.md "Everyone,
 * every role": a handler never meets 「没有权限」): a handler's tasks, a worker's queues, approvals and today's events.
 */
describe.each(dialectsUnderTest())('the 工作台 on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect, { now: '2026-11-25T02:00:00.000Z', seed: 'all' });
  });
  afterAll(() => app.close());

  it('gives a worker the queues of their community, the approvals waiting and today’s events', async () => {
    const bench = await app.ok('demo-staff', 'workbench.get', {});
    expect(bench.requests.staff).toEqual([expect.objectContaining({ communityName: '达尔罕社区', pending: 2, review: 1, overdue: 2 })]);
    expect(bench.venues).toMatchObject({ date: '2026-11-25' });
    expect(bench.venues!.pending.length).toBeGreaterThanOrEqual(1);
    expect(bench.events).toMatchObject({ today: '2026-11-25' });
  });

  it('gives a handler their units’ tasks and nothing of rooms or events', async () => {
    const bench = await app.ok('demo-handler', 'workbench.get', {});
    expect(bench.requests.handler).toMatchObject({ todo: 1, doing: 1 });
    expect(bench.requests.staff).toEqual([]);
    expect(bench.venues).toBeNull();
    expect(bench.events).toBeNull();
  });

  it('answers a resident with nothing, and changes nothing for anyone', async () => {
    const before = await snapshot(app.db);
    expect(await app.ok('demo-resident', 'workbench.get', {})).toEqual({ requests: { staff: [], handler: null }, venues: null, events: null });
    await app.ok('demo-admin', 'workbench.get', {});
    expect(await snapshot(app.db)).toEqual(before);
  });
});
