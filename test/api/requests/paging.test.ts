import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { fileRequest, standardUnits, type Units } from '../../support/requests-fixtures';

describe.each(dialectsUnderTest())('暖心事 lists page by page on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
  });
  afterAll(() => app.close());

  it('the 待派单 queue past its first 30: every request once, in the order filed, whatever the order of the ids', async () => {
    const first = await fileRequest(app);
    const row = await app.db.selectFrom('requests').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    const { id: _id, ...fields } = row;
    // 70 more, filed at times that do not follow their ids (as imported or seeded ones may), two at the same instant.
    const base = Date.parse(row.created_at);
    const minutes = Array.from({ length: 70 }, (_, i) => ((i * 37) % 70) - 35);
    minutes[1] = minutes[0];
    for (const m of minutes) {
      await app.db.insertInto('requests').values({ ...fields, created_at: new Date(base + m * 60_000).toISOString() }).execute();
    }
    const query = { communityId: units.place.communityId, filter: 'pending' as const };
    const pages = [];
    let page = await app.ok('demo-staff', 'requests.queue', query);
    pages.push(page);
    while (page.hasMore) {
      page = await app.ok('demo-staff', 'requests.queue', { ...query, cursor: page.items.at(-1)!.id });
      pages.push(page);
    }
    const seen = pages.flatMap((p) => p.items);
    const stored = await app.db.selectFrom('requests').select(['id', 'created_at']).where('community_id', '=', units.place.communityId).where('status', '=', 'pending').orderBy('created_at').orderBy('id').execute();
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, stored.length - 60]);
    expect(seen.map((s) => s.id)).toEqual(stored.map((s) => s.id));
    expect(pages[0].counts.pending).toBe(stored.length);
  });
});
