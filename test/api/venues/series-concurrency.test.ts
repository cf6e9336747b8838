import type { Envelope, SeriesView, VenueDetail } from '../../../types';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, registerGroup, requestId, residents, seriesInput, staffCommunityId } from '../../support/venues';

jest.setTimeout(180_000);

// Now: Wednesday 2026-09-16 10:00 in Ordos. Thursdays 19:00–20:00 from 9月17日; residents may book 30 days ahead.
const NOW = '2026-09-16T02:00:00.000Z';
const THURSDAYS = ['2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08', '2026-10-15'];

/** Every blocking row of the room, by date: no two may overlap. */
async function assertNoOverlap(app: TestApp, venueId: number) {
  const rows = await app.db
    .selectFrom('venue_bookings')
    .select(['id', 'date', 'start_min', 'hold_end_min', 'series_id'])
    .where('venue_id', '=', venueId)
    .where('status', 'in', ['pending', 'confirmed', 'checked_in', 'no_show'])
    .orderBy('date')
    .orderBy('start_min')
    .execute();
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].date === rows[i - 1].date) expect(rows[i].start_min).toBeGreaterThanOrEqual(rows[i - 1].hold_end_min);
  }
  return rows;
}

describe.each(dialectsUnderTest())('a weekly series races single bookings and another series on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;
  let people: string[];
  let home: number;

  beforeAll(async () => {
    app = await createTestApp(dialect, { now: NOW });
    home = await staffCommunityId(app);
    room = await createRoom(app, { name: '文体活动室', rules: { bookingWindowDays: 30, maxUpcomingPerResident: 10 } });
    people = await residents(app, 'race', 50, home);
  });
  afterAll(() => app.close());

  it('50 single bookings racing a 12-week series for the same slot: each week goes to one side, never both', async () => {
    const groupId = await registerGroup(app, home, [room.id], { weeklyMinutes: 120 });
    const singles = people.map((p, i) => () => app.call(p, 'bookings.create', bookingInput(room.id, THURSDAYS[i % THURSDAYS.length], hm(19), hm(20)), requestId('single')));
    const series = () => app.call('demo-resident', 'series.create', seriesInput(groupId, room.id, THURSDAYS[0], hm(19), hm(20)), requestId('series'));
    // The series starts in the middle of the burst.
    const calls = [...singles.slice(0, 25), series, ...singles.slice(25)];
    const results = await Promise.all(calls.map((c) => c()));
    const seriesResult = results[25] as Envelope<SeriesView>;
    const singleResults = results.filter((_, i) => i !== 25);

    expect(new Set(singleResults.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))).toEqual(new Set(['CONFLICT']));
    const rows = await assertNoOverlap(app, room.id);
    const singleDates = rows.filter((r) => r.series_id === null).map((r) => r.date);
    expect(singleDates.length).toBe(singleResults.filter((r) => r.ok).length);
    expect(new Set(singleDates).size).toBe(singleDates.length);

    expect(seriesResult.ok).toBe(true);
    const view = (seriesResult as { ok: true; data: SeriesView }).data;
    const seriesDates = rows.filter((r) => r.series_id === view.id).map((r) => r.date);
    expect(seriesDates).toEqual(view.occurrences.map((o) => o.date));
    // Within the singles' window each Thursday went to exactly one side; the weeks after it are all the series'.
    for (const d of THURSDAYS) expect([singleDates.includes(d), seriesDates.includes(d)].filter(Boolean)).toHaveLength(1);
    expect(view.occurrences.length + view.skipped.length).toBe(12);
    expect(view.skipped.every((s) => s.reason!.includes('已被预约'))).toBe(true);
  });

  it('two groups send the same slot at once, ten times each: every week is held once', async () => {
    const slot = { start: hm(20), end: hm(21) };
    const a = await registerGroup(app, home, [room.id], { name: '墨香书画社', kind: 'club', weeklyMinutes: 600 });
    const b = await registerGroup(app, home, [room.id], { name: '夕阳红合唱队', contactPhone: '13900000001', weeklyMinutes: 600 });
    const sends = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0
        ? app.call('demo-resident', 'series.create', seriesInput(a, room.id, THURSDAYS[0], slot.start, slot.end), requestId('a'))
        : app.call(people[1], 'series.create', seriesInput(b, room.id, THURSDAYS[0], slot.start, slot.end), requestId('b')),
    );
    const results = await Promise.all(sends);
    const won = results.filter((r) => r.ok) as { ok: true; data: SeriesView }[];
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('都无法预约') } });
    const rows = (await assertNoOverlap(app, room.id)).filter((r) => r.start_min === slot.start);
    expect(rows).toHaveLength(12);
    expect(won.reduce((n, r) => n + r.data.occurrences.length, 0)).toBe(12);
  });

  it('one group sends series for two rooms at once: its weekly quota counts both, under the group’s lock', async () => {
    const second = await createRoom(app, { name: '书画室' });
    const g = await registerGroup(app, home, [room.id, second.id], { name: '和事佬调解工作室', kind: 'org', weeklyMinutes: 60 });
    const [x, y] = await Promise.all([
      app.call('demo-resident', 'series.create', seriesInput(g, room.id, '2026-09-18', hm(18), hm(19), { weeks: 4 }), requestId('x')),
      app.call('demo-resident', 'series.create', seriesInput(g, second.id, '2026-09-17', hm(18), hm(19), { weeks: 4 }), requestId('y')),
    ]);
    const held = [x, y].filter((r) => r.ok).reduce((n, r) => n + (r as { ok: true; data: SeriesView }).data.occurrences.length, 0);
    expect(held).toBe(4);
    const rows = await app.db
      .selectFrom('venue_bookings')
      .innerJoin('venue_series', 'venue_series.id', 'venue_bookings.series_id')
      .select('venue_bookings.date')
      .where('venue_series.group_id', '=', g)
      .execute();
    expect(rows).toHaveLength(4);
  });
});
