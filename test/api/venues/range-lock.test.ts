import { sql } from 'kysely';
import type { VenueDetail } from '../../../types';
import { resolveCaller } from '../../../cloud/core/caller';
import type { Ctx } from '../../../cloud/core/context';
import { holdVenueForEvent } from '../../../cloud/features/venues/seam';
import { setSpecialDate } from '../../../cloud/features/venues/services/edit-venue';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, residents, staffCommunityId } from '../../support/venues';

jest.setTimeout(60_000);

const local = (s: string) => new Date(`${s}:00+08:00`);

/**
 * DESIGN.md's range pattern (cloud/features/venues/data/range-lock.ts): a claim first write-locks the venue row, then
 * checks overlap with a locking read, then inserts. On SQLite one writer at a time makes that trivially so; on
 * MySQL/MariaDB each half is needed for something, and the last two tests fail when it is taken out:
 * - the venue row lock (`UPDATE venues SET lock_version …`) holds back every other claim on the venue, and a worker's
 *   change of its hours, until the transaction ends — the overlap read's gap locks alone would not stop a booking
 *   slipping into a date that is being closed;
 * - the locking read (`FOR UPDATE`) sees what committed after the transaction's snapshot was taken, as in an event's
 *   transaction that reads before it holds a room.
 */
describe.each(dialectsUnderTest())('the venue range lock on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;
  let people: string[];

  beforeAll(async () => {
    app = await createTestApp(dialect);
    room = await createRoom(app, { name: '议事室' });
    people = await residents(app, 'lock', 24, await staffCommunityId(app));
  });
  afterAll(() => app.close());

  const ctxOf = async (openid: string): Promise<Ctx> => ({ caller: await resolveCaller(app.db, openid, app.clock.now()), platform: app.platform, now: app.clock.now(), checkinCodes: app.rt.checkinCodes });
  const claimsOn = (date: string) =>
    app.db.selectFrom('venue_bookings').select(['kind', 'start_min', 'end_min']).where('venue_id', '=', room.id).where('date', '=', date).where('status', '!=', 'cancelled').orderBy('start_min').execute();

  it('24 residents booking overlapping runs of one evening at once: nothing overlaps, and every one turned away is told CONFLICT', async () => {
    // Friday 2026-11-27, 18:00–21:00 in three slots; every run asked for overlaps most of the others.
    const runs = [
      [18, 21],
      [18, 19],
      [19, 20],
      [20, 21],
      [18, 20],
      [19, 21],
    ];
    const results = await Promise.all(
      people.map((openid, i) => {
        const [from, to] = runs[i % runs.length];
        return app.call(openid, 'bookings.create', bookingInput(room.id, '2026-11-27', hm(from), hm(to)), requestId('burst'));
      }),
    );
    const rows = await claimsOn('2026-11-27');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < rows.length; i++) expect(rows[i].start_min).toBeGreaterThanOrEqual(rows[i - 1].end_min);
    expect(results.filter((r) => r.ok)).toHaveLength(rows.length);
    expect(new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))).toEqual(new Set(['CONFLICT']));
  });

  if (dialect !== 'mysql') return;

  /**
   * Waits until a connection to this test's database waits for a lock, or until `done()`. It reads SHOW ENGINE INNODB
   * STATUS, which is live: information_schema.innodb_trx is a cache that a reader refreshes only after 0.1 s without
   * readers, so polling it never sees the wait.
   */
  async function lockWait(done: () => boolean): Promise<'waiting' | 'answered'> {
    while (!done()) {
      const ours = await sql<{ id: number }>`SELECT id FROM information_schema.processlist WHERE db = DATABASE()`.execute(app.db);
      const ids = new Set(ours.rows.map((r) => Number(r.id)));
      const status = (await sql<{ Status: string }>`SHOW ENGINE INNODB STATUS`.execute(app.db)).rows[0].Status;
      const transactions = status.slice(status.indexOf('\nTRANSACTIONS\n')).split('---TRANSACTION');
      if (transactions.some((t) => /\bLOCK WAIT\b/.test(t) && ids.has(Number(/(?:MariaDB|MySQL) thread id (\d+)/.exec(t)?.[1])))) return 'waiting';
    }
    return 'answered';
  }

  it('a booking that arrives while a worker closes that date waits for the venue, then is refused: the date is closed', async () => {
    const date = '2026-11-30';
    const close = await app.db.startTransaction().execute();
    let first: 'waiting' | 'answered';
    let answered = false;
    let booking: ReturnType<TestApp['call']> | undefined;
    try {
      await setSpecialDate(close, await ctxOf('demo-staff'), { venueId: room.id, date, kind: 'closed', reason: '设备检修' });
      booking = app.call(people[0], 'bookings.create', bookingInput(room.id, date, hm(18), hm(19)), requestId('close')).finally(() => {
        answered = true;
      });
      first = await lockWait(() => answered);
    } finally {
      await close.commit().execute();
    }
    expect({ first, answer: await booking }).toEqual({ first: 'waiting', answer: { ok: false, error: { code: 'INVALID_INPUT', message: '11月30日闭馆：设备检修', field: 'date' } } });
    expect(await claimsOn(date)).toEqual([]);
  });

  it('an event that read before it holds the room still sees a booking committed in between', async () => {
    const date = '2026-12-01';
    const event = await app.db.startTransaction().execute();
    try {
      // Like events.create, the transaction reads first; on InnoDB that read fixes its snapshot.
      await event.selectFrom('venues').select('id').where('id', '=', room.id).execute();
      await app.ok(people[1], 'bookings.create', bookingInput(room.id, date, hm(19), hm(20)), requestId('snapshot'));
      const hold = holdVenueForEvent(event, await ctxOf('demo-staff'), { eventId: 9001, venueId: room.id, startsAt: local(`${date}T19:30`), endsAt: local(`${date}T20:30`), title: '楼栋议事会' });
      await expect(hold).rejects.toMatchObject({ code: 'CONFLICT', message: '19:00–20:00 已被预约，请选择其他时段' });
    } finally {
      await event.rollback().execute();
    }
    expect(await claimsOn(date)).toEqual([{ kind: 'booking', start_min: hm(19), end_min: hm(20) }]);
  });
});
