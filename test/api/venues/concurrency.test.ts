import type { VenueDetail } from '../../../types';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, residents, staffCommunityId } from '../../support/venues';

jest.setTimeout(120_000);

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n); // the high bits: an LCG's low bits repeat quickly
  };
}

// Saturday 2026-11-28, 09:00–21:00 in 60-minute slots: 12 slots, 200 residents asking for 1–3 of them at once.
describe.each(dialectsUnderTest())('200 concurrent bookings of one venue-day on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;
  let people: string[];
  const DATE = '2026-11-28';

  beforeAll(async () => {
    app = await createTestApp(dialect);
    room = await createRoom(app, { name: '多功能厅' });
    people = await residents(app, 'burst', 201, await staffCommunityId(app));
  });
  afterAll(() => app.close());

  it('never overlaps, and the winners’ rows are exactly what venues.slots shows', async () => {
    const rand = lcg(20261128);
    const attempts = people.slice(0, 200).map((openid) => {
      const first = 9 + rand(12);
      const len = 1 + rand(3);
      const start = Math.min(first, 21 - len);
      return { openid, start: hm(start), end: hm(start + len) };
    });
    const results = await Promise.all(attempts.map((a) => app.call(a.openid, 'bookings.create', bookingInput(room.id, DATE, a.start, a.end), requestId('burst'))));

    const failures = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code));
    expect(new Set(failures)).toEqual(new Set(['CONFLICT']));
    const winners = results.filter((r) => r.ok).length;
    expect(winners).toBeGreaterThanOrEqual(4);

    const rows = await app.db
      .selectFrom('venue_bookings')
      .innerJoin('users', 'users.id', 'venue_bookings.user_id')
      .select(['start_min', 'end_min', 'status', 'users.openid'])
      .where('venue_id', '=', room.id)
      .where('date', '=', DATE)
      .orderBy('start_min')
      .execute();
    expect(rows).toHaveLength(winners);
    for (let i = 1; i < rows.length; i++) expect(rows[i].start_min).toBeGreaterThanOrEqual(rows[i - 1].end_min);

    const taken = new Map<number, string>();
    for (const r of rows) for (let m = r.start_min; m < r.end_min; m += 60) taken.set(m, r.openid);
    const onlooker = people[200];
    const view = (await app.ok(onlooker, 'venues.slots', { venueId: room.id, from: DATE })).days[0].slots;
    expect(view.map((s) => [s.start, s.state])).toEqual(view.map((s) => [s.start, taken.has(s.start) ? 'full' : 'free']));
    for (const r of rows) {
      const own = (await app.ok(r.openid, 'venues.slots', { venueId: room.id, from: DATE })).days[0].slots;
      expect(own.filter((s) => s.state === 'mine').map((s) => s.start)).toEqual([...taken].filter(([, who]) => who === r.openid).map(([m]) => m));
    }
  });

  it('a double tap (the same requestId ten times at once) books once', async () => {
    const rid = requestId('double');
    const input = bookingInput(room.id, '2026-11-29', hm(9), hm(10));
    const results = await Promise.all(Array.from({ length: 10 }, () => app.call(people[0], 'bookings.create', input, rid)));
    const ok = results.filter((r) => r.ok);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ok.map((r) => JSON.stringify(r)))).toHaveProperty('size', 1);
    const rows = await app.db.selectFrom('venue_bookings').select('id').where('venue_id', '=', room.id).where('date', '=', '2026-11-29').execute();
    expect(rows).toHaveLength(1);
  });

  it('one resident taps six free hours at once: the quota counts what the others committed under the lock', async () => {
    const small = await createRoom(app, { name: '书画室', rules: { maxUpcomingPerResident: 2, maxMinutesPerWeek: 600 } });
    const who = people[150];
    const results = await Promise.all([9, 10, 11, 12, 13, 14].map((h) => app.call(who, 'bookings.create', bookingInput(small.id, DATE, hm(h), hm(h + 1)), requestId('quota'))));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('最多保留2个') } });
    const rows = await app.db.selectFrom('venue_bookings').select('id').where('venue_id', '=', small.id).execute();
    expect(rows).toHaveLength(2);
    const audited = await app.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'booking').where('entity_id', 'in', rows.map((r) => r.id)).execute();
    expect(audited).toHaveLength(2);
  });

  it('a worker reserving the whole day races 30 bookings: either side wins, never both', async () => {
    const reserve = app.call('demo-staff', 'venues.reserve', { venueId: room.id, date: '2026-11-30', wholeDay: true, reason: '主题党日' }, requestId('reserve'));
    const bookings = people.slice(100, 130).map((p, i) => app.call(p, 'bookings.create', bookingInput(room.id, '2026-11-30', hm(18 + (i % 3)), hm(19 + (i % 3))), requestId('race')));
    const [r, ...b] = await Promise.all([reserve, ...bookings]);
    const rows = await app.db.selectFrom('venue_bookings').select(['kind', 'start_min', 'end_min']).where('venue_id', '=', room.id).where('date', '=', '2026-11-30').execute();
    if (r.ok) expect(rows).toEqual([{ kind: 'reserved', start_min: 0, end_min: 1440 }]);
    else expect(rows.every((x) => x.kind === 'booking')).toBe(true);
    expect(b.filter((x) => x.ok).length).toBe(rows.filter((x) => x.kind === 'booking').length);
  });
});
