import type { Deadline } from '../../cloud/platform/clock';
import { settleDueBookings } from '../../cloud/features/venues/jobs';
import { flagOverdue } from '../../cloud/features/requests/jobs';
import { createTestApp, snapshot, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';
import { fileRequest, newResident } from '../support/requests-fixtures';
import { createRoom } from '../support/venues';

// The features' tick jobs in a 3 s cloud function: only due rows are read, and no item starts past the deadline.

const NOW = '2026-11-25T12:00:00.000Z'; // 20:00 in Ordos
const minutesBefore = (m: number) => new Date(Date.parse(NOW) - m * 60_000).toISOString();
/** A deadline with room for `n` items: it is asked once before each. */
const roomFor = (n: number): Deadline => {
  let asked = 0;
  return { remainingMs: () => (asked++ < n ? 1000 : 0) };
};

describe.each(dialectsUnderTest())('%s: tick jobs in bounded batches', (dialect) => {
  let app: TestApp;
  let residentId: number;
  beforeEach(async () => {
    app = await createTestApp(dialect, { now: NOW });
    residentId = (await app.ok('demo-resident', 'me.get', {})).id;
  });
  afterEach(() => app.close());

  /** Bookings of one room written directly: `n` of them started `minutesAgo` minutes ago, each on its own day. */
  async function bookings(venueId: number, status: 'confirmed' | 'pending', n: number, minutesAgo: number): Promise<number[]> {
    const startsAt = minutesBefore(minutesAgo);
    const rows = Array.from({ length: n }, (_, i) => ({
      venue_id: venueId,
      kind: 'booking' as const,
      status,
      date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
      start_min: 1080,
      end_min: 1140,
      hold_end_min: 1140,
      starts_at: startsAt,
      ends_at: minutesBefore(minutesAgo - 60),
      user_id: residentId,
      created_by: residentId,
      person_name: '王秀兰',
      person_phone: '13847701234',
      purpose: '合唱团排练',
      headcount: 10,
      reason: '',
      event_id: null,
      review_note: '',
      reviewed_by: null,
      checked_in_at: null,
      created_at: NOW,
      updated_at: NOW,
    }));
    await app.db.insertInto('venue_bookings').values(rows).execute();
    const ids = await app.db.selectFrom('venue_bookings').select('id').where('venue_id', '=', venueId).where('status', '=', status).orderBy('id').execute();
    return ids.map((r) => r.id);
  }
  const statusOf = async (id: number) => (await app.db.selectFrom('venue_bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  it('a batch full of bookings still inside a long check-in window does not hold back a request that is due', async () => {
    const longWindow = await createRoom(app, { name: '多功能厅', rules: { checkinWindowMinutes: 60 } });
    await bookings(longWindow.id, 'confirmed', 230, 10); // started 10 minutes ago: check-in is still open
    const [lapsed] = await bookings(longWindow.id, 'pending', 1, 1);
    expect(await settleDueBookings(app.db, app.clock.now())).toBe(1);
    expect(await statusOf(lapsed)).toBe('expired');
  });

  it('starts no booking once the deadline is used up; the rest is settled by the next tick', async () => {
    const room = await createRoom(app, { name: '书画室', rules: { checkinWindowMinutes: 15 } });
    const ids = await bookings(room.id, 'confirmed', 3, 30);
    expect(await settleDueBookings(app.db, app.clock.now(), roomFor(1))).toBe(1);
    expect(await Promise.all(ids.map(statusOf))).toEqual(['no_show', 'confirmed', 'confirmed']);
    expect(await settleDueBookings(app.db, app.clock.now())).toBe(2);
    expect(await Promise.all(ids.map(statusOf))).toEqual(['no_show', 'no_show', 'no_show']);
  });

  it('flags no overdue 暖心事 once the deadline is used up, and one per item it has room for', async () => {
    const first = await fileRequest(app, await newResident(app));
    const second = await fileRequest(app, await newResident(app));
    app.clock.advance(25 * 60);
    const overdue = async () => (await app.db.selectFrom('requests').select('id').where('overdue', '=', 1).where('id', 'in', [first.id, second.id]).execute()).length;
    expect(await flagOverdue(app.db, app.clock.now(), roomFor(0))).toBe(0);
    expect(await overdue()).toBe(0);
    expect(await flagOverdue(app.db, app.clock.now(), roomFor(1))).toBe(1);
    expect(await overdue()).toBe(1);
  });

  it('every feature job, with no time left, changes nothing (a job that ignores its deadline fails here)', async () => {
    await bookings((await createRoom(app, { name: '舞蹈室' })).id, 'pending', 2, 1);
    await fileRequest(app, await newResident(app));
    app.clock.set('2026-12-20T12:00:00.000Z'); // everything the demo data holds is due by then
    const before = await snapshot(app.db);
    for (const job of app.rt.jobs) expect([job.name, await job.run(app.db, app.platform, app.clock.now(), roomFor(0))]).toEqual([job.name, 0]);
    expect(await snapshot(app.db)).toEqual(before);
    const done = await Promise.all(app.rt.jobs.map((job) => job.run(app.db, app.platform, app.clock.now(), roomFor(1))));
    expect(done.some((n) => n > 0)).toBe(true);
  });
});
