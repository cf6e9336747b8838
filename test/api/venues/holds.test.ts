import type { VenueDetail } from '../../../types';
import { holdVenueForEvent, releaseVenueForEvent } from '../../../cloud/features/venues/seam';
import { resolveCaller } from '../../../cloud/core/caller';
import { inTransaction } from '../../../cloud/db/tx';
import type { Ctx } from '../../../cloud/core/context';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId } from '../../support/venues';

const local = (s: string) => new Date(`${s}:00+08:00`);

// The seam the events feature calls inside its own transaction.
describe.each(dialectsUnderTest())('events holding a venue on %s', (dialect) => {
  let app: TestApp;
  let hall: VenueDetail;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    hall = await createRoom(app, { name: '多功能厅', kind: 'center', streetWide: true });
  });
  afterAll(() => app.close());

  const ctxOf = async (openid: string): Promise<Ctx> => ({ caller: await resolveCaller(app.db, openid, app.clock.now()), platform: app.platform, now: app.clock.now(), checkinCodes: app.rt.checkinCodes });
  const hold = async (openid: string, eventId: number, from: string, to: string, title = '重阳节敬老活动') => {
    const ctx = await ctxOf(openid);
    return inTransaction(app.db, (trx) => holdVenueForEvent(trx, ctx, { eventId, venueId: hall.id, startsAt: local(from), endsAt: local(to), title }));
  };
  const release = async (eventId: number) => {
    const ctx = await ctxOf('demo-staff');
    return inTransaction(app.db, (trx) => releaseVenueForEvent(trx, ctx, eventId));
  };
  const states = async (date: string) => (await app.ok('demo-resident', 'venues.slots', { venueId: hall.id, from: date })).days[0].slots.map((s) => [s.start / 60, s.state, s.note ?? '']);

  it('shows the event’s time as 社区保留 with its title, and residents cannot book it', async () => {
    await hold('demo-staff', 101, '2026-11-28T09:30', '2026-11-28T11:00');
    expect((await states('2026-11-28')).slice(0, 3)).toEqual([
      [9, 'reserved', '重阳节敬老活动'],
      [10, 'reserved', '重阳节敬老活动'],
      [11, 'free', ''],
    ]);
    const res = await app.call('demo-resident', 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(10), hm(11)), requestId());
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '09:30–11:00 已被社区保留，请选择其他时段' } });
  });

  it('refuses with CONFLICT when the time is already booked, and writes nothing', async () => {
    await app.ok('demo-resident', 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(14), hm(15)), requestId());
    const before = await snapshot(app.db);
    await expect(hold('demo-staff', 102, '2026-11-28T13:00', '2026-11-28T14:30')).rejects.toMatchObject({ code: 'CONFLICT', message: '14:00–15:00 已被预约，请选择其他时段' });
    await expect(hold('demo-staff', 102, '2026-11-28T10:00', '2026-11-28T10:30')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('releasing frees the slots; releasing nothing is a no-op', async () => {
    await release(101);
    expect((await states('2026-11-28')).slice(0, 2)).toEqual([
      [9, 'free', ''],
      [10, 'free', ''],
    ]);
    const before = await snapshot(app.db);
    await release(999);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('holding again for a moved event lets go of its old time', async () => {
    await hold('demo-staff', 103, '2026-11-29T09:00', '2026-11-29T10:00', '亲子课堂');
    await hold('demo-staff', 103, '2026-11-29T09:30', '2026-11-29T11:00', '亲子课堂');
    const rows = await app.db.selectFrom('venue_bookings').select(['status', 'start_min', 'end_min']).where('event_id', '=', 103).orderBy('id').execute();
    expect(rows).toEqual([
      { status: 'cancelled', start_min: hm(9), end_min: hm(10) },
      { status: 'confirmed', start_min: hm(9, 30), end_min: hm(11) },
    ]);
  });

  it('lets workers of the street’s other communities hold the shared centre, and nobody else', async () => {
    const tree = await app.ok('demo-admin', 'communities.list', {});
    const neighbour = tree[0].streets[0].communities[1]; // 兴旺社区, same street
    const elsewhere = tree[1].streets[0].communities[0];
    for (const [openid, communityId] of [['xingwang-worker', neighbour.id], ['dongsheng-worker', elsewhere.id]] as const) {
      const me = await app.ok(openid, 'me.get', {});
      await app.ok('demo-admin', 'people.setRole', { userId: me.id, role: 'worker', communityIds: [communityId] });
    }
    await hold('xingwang-worker', 104, '2026-11-30T19:00', '2026-11-30T20:00', '兴旺社区党建沙龙');
    await expect(hold('dongsheng-worker', 105, '2026-11-30T20:00', '2026-11-30T21:00')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(hold('demo-resident', 106, '2026-11-30T20:00', '2026-11-30T21:00')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an event across midnight or ending before it starts, and an unknown venue', async () => {
    await expect(hold('demo-staff', 107, '2026-11-30T20:00', '2026-12-01T01:00')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(hold('demo-staff', 107, '2026-11-30T20:00', '2026-11-30T19:00')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const ctx = await ctxOf('demo-staff');
    await expect(inTransaction(app.db, (trx) => holdVenueForEvent(trx, ctx, { eventId: 108, venueId: 999999, startsAt: local('2026-11-30T19:00'), endsAt: local('2026-11-30T20:00'), title: 'x' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('audits every hold and release', async () => {
    const ids = (await app.db.selectFrom('venue_bookings').select('id').where('event_id', '=', 103).execute()).map((r) => r.id);
    const trail = await app.db.selectFrom('audit_log').select(['action', 'to_state']).where('entity', '=', 'booking').where('entity_id', 'in', ids).orderBy('id').execute();
    expect(trail).toEqual([
      { action: 'hold', to_state: 'confirmed' },
      { action: 'release', to_state: 'cancelled' },
      { action: 'hold', to_state: 'confirmed' },
    ]);
  });
});
