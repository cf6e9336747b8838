import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingsOf } from '../../support/venues';

// The demo data must make sense whatever day the host starts on: a plain Wednesday, and the Friday before the
// make-up Saturday of National Day 2026.
describe.each(dialectsUnderTest())('the venues demo data on %s', (dialect) => {
  describe.each(['2026-11-25T02:00:00.000Z', '2026-10-09T02:00:00.000Z'])('seeded at %s', (now) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp(dialect, { now, seed: 'all' });
    });
    afterAll(() => app.close());

    it('offers the 1+N rooms of 达尔罕社区 and the street’s 党群服务中心', async () => {
      const list = await app.ok('demo-resident', 'venues.list', {});
      expect(list.venues.map((v) => [v.name, v.placeName, v.requiresApproval])).toEqual([
        ['文体活动室', '达尔罕社区', false],
        ['书画棋牌室', '达尔罕社区', false],
        ['居民议事活动室', '达尔罕社区', false],
        ['党群服务中心多功能厅', '哈巴格希街道', true],
      ]);
      expect(list.venues[0].hoursSummary).toBe('工作日 17:30–21:30 · 周末 08:30–21:30');
      expect(list.venues[1].hoursSummary).toBe('工作日 18:00–21:00 · 周末 09:00–21:00');
    });

    it('gives both demo residents bookings, a 主题党日 reservation and a request to approve', async () => {
      const mine = await bookingsOf(app, 'demo-resident');
      expect(new Set(mine.map((b) => b.status))).toEqual(new Set(['pending', 'confirmed', 'checked_in', 'no_show']));
      expect((await bookingsOf(app, 'demo-resident-2')).length).toBeGreaterThanOrEqual(2);
      expect((await app.ok('demo-staff', 'workbench.get', {})).venues!.pending.length).toBeGreaterThanOrEqual(1);
      const reasons = await app.db.selectFrom('venue_bookings').select('reason').where('kind', '=', 'reserved').execute();
      expect(reasons.map((r) => r.reason)).toContain('主题党日');
    });

    it('never overlaps, and every booking lies on its venue’s grid', async () => {
      const rows = await app.db
        .selectFrom('venue_bookings')
        .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
        .select(['venue_id', 'date', 'start_min', 'end_min', 'slot_minutes', 'slot_offset'])
        .orderBy('venue_id')
        .orderBy('date')
        .orderBy('start_min')
        .execute();
      expect(rows.length).toBeGreaterThanOrEqual(8);
      rows.forEach((r, i) => {
        expect((r.start_min - r.slot_offset) % r.slot_minutes).toBe(0);
        const prev = rows[i - 1];
        if (prev && prev.venue_id === r.venue_id && prev.date === r.date) expect(r.start_min).toBeGreaterThanOrEqual(prev.end_min);
      });
    });
  });
});
