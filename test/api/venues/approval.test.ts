import type { VenueDetail } from '../../../types';
import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, inbox, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, bookingsOf } from '../../support/venues';

// Now: Wednesday 2026-11-25 10:00 in Ordos.
describe.each(dialectsUnderTest())('a room that needs approval on %s', (dialect) => {
  let app: TestApp;
  let hall: VenueDetail;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    hall = await createRoom(app, { name: '多功能厅', kind: 'center', capacity: 120, rules: { requiresApproval: true } });
  });
  afterAll(() => app.close());

  const slot = async (openid: string, date: string, hour: number) => {
    const res = await app.ok(openid, 'venues.slots', { venueId: hall.id, from: date });
    return res.days[0].slots.find((s) => s.start === hm(hour))!;
  };
  let seen = 0;
  /** What residents were told since the last look. */
  const delivered = async () => {
    await runTick(app.rt);
    const fresh = (await inbox(app.db)).filter((m) => m.id > seen && m.kind.startsWith('booking.') && m.kind !== 'booking.review');
    seen = Math.max(seen, ...(await inbox(app.db)).map((m) => m.id));
    return fresh.map((m) => [m.openid, m.title, m.body]);
  };

  it('shows the 需审核 badge, and a request waits as 待审核 for everyone', async () => {
    expect((await app.ok('demo-resident', 'venues.get', { venueId: hall.id })).requiresApproval).toBe(true);
    const b = await app.ok('demo-resident', 'bookings.create', bookingInput(hall.id, '2026-11-27', hm(19), hm(21)), requestId());
    expect(b.status).toBe('pending');
    expect(b.checkinCode).toBeNull();
    expect(await slot('demo-resident', '2026-11-27', 19)).toMatchObject({ state: 'pending', mine: true, note: '您的预约正在审核' });
    expect(await slot('demo-resident-2', '2026-11-27', 19)).toMatchObject({ state: 'pending', note: '他人预约审核中，未通过将重新开放' });
    expect((await slot('demo-resident-2', '2026-11-27', 19)).mine).toBeUndefined();
  });

  it('puts the request first on the worker’s 工作台', async () => {
    const bench = (await app.ok('demo-staff', 'workbench.get', {})).venues!;
    expect(bench.pending).toEqual([expect.objectContaining({ venueName: '多功能厅', personName: '王秀兰', phoneMasked: '138****1234', status: 'pending', start: hm(19), end: hm(21) })]);
  });

  it('a worker approves it: the resident is told and sees 已预约', async () => {
    const [pending] = (await app.ok('demo-staff', 'workbench.get', {})).venues!.pending;
    const reviewed = await app.ok('demo-staff', 'bookings.review', { bookingId: pending.id, decision: 'approve' });
    expect(reviewed.status).toBe('confirmed');
    expect((await bookingsOf(app, 'demo-resident'))[0]).toMatchObject({ id: pending.id, status: 'confirmed' });
    expect(await slot('demo-resident', '2026-11-27', 19)).toMatchObject({ state: 'mine' });
    expect(await slot('demo-resident-2', '2026-11-27', 20)).toMatchObject({ state: 'full' });
    expect(await delivered()).toEqual([['demo-resident', '场地预约已通过', '多功能厅 11月27日 19:00–21:00，请按时到场签到']]);
    const trail = await app.db.selectFrom('audit_log').select(['action', 'from_state', 'to_state']).where('entity', '=', 'booking').where('entity_id', '=', pending.id).orderBy('id').execute();
    expect(trail).toEqual([
      { action: 'create', from_state: null, to_state: 'pending' },
      { action: 'review', from_state: 'pending', to_state: 'confirmed' },
    ]);
    const twice = await app.call('demo-staff', 'bookings.review', { bookingId: pending.id, decision: 'reject', note: '重复' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该预约不在待审核状态' } });
  });

  it('a rejection needs a reason, tells the resident why, and opens the slots again', async () => {
    const b = await app.ok('demo-resident-2', 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(9), hm(11), { contactName: '李建国', contactPhone: '13947705678' }), requestId());
    const before = await snapshot(app.db);
    const noReason = await app.call('demo-staff', 'bookings.review', { bookingId: b.id, decision: 'reject' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'note' } });
    expect(await snapshot(app.db)).toEqual(before);

    await app.ok('demo-staff', 'bookings.review', { bookingId: b.id, decision: 'reject', note: '当天已安排社区文艺汇演彩排' });
    const mine = await bookingsOf(app, 'demo-resident-2');
    expect(mine.find((x) => x.id === b.id)).toMatchObject({ status: 'rejected', reviewNote: '当天已安排社区文艺汇演彩排', cancelUntil: null });
    expect(await slot('demo-resident', '2026-11-28', 9)).toMatchObject({ state: 'free' });
    expect(await delivered()).toEqual([['demo-resident-2', '场地预约未通过', '多功能厅 11月28日 09:00–11:00：当天已安排社区文艺汇演彩排']]);
  });

  it('a resident cannot approve their own request', async () => {
    const b = await app.ok('demo-resident-2', 'bookings.create', bookingInput(hall.id, '2026-11-29', hm(9), hm(10)), requestId());
    const res = await app.call('demo-resident-2', 'bookings.review', { bookingId: b.id, decision: 'approve' });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a worker of another community cannot review it', async () => {
    const tree = await app.ok('demo-admin', 'communities.list', {});
    const other = tree[0].streets[0].communities[1];
    const me = await app.ok('other-worker', 'me.get', {});
    await app.ok('demo-admin', 'people.setRole', { userId: me.id, role: 'worker', communityIds: [other.id] });
    const [pending] = (await app.ok('demo-staff', 'workbench.get', {})).venues!.pending;
    const res = await app.call('other-worker', 'bookings.review', { bookingId: pending.id, decision: 'approve' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await app.ok('other-worker', 'workbench.get', {})).venues!.pending).toEqual([]);
  });

  it('a request nobody reviewed lapses when it was due to start, and the resident is told', async () => {
    const [pending] = (await app.ok('demo-staff', 'workbench.get', {})).venues!.pending;
    app.clock.set('2026-11-29T01:00:00.000Z'); // 09:00 on the 29th
    await runTick(app.rt);
    const row = await app.db.selectFrom('venue_bookings').select(['status', 'review_note']).where('id', '=', pending.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', review_note: '开始前未完成审核' });
    expect((await inbox(app.db)).map((m) => m.title)).toContain('场地预约已失效');
  });
});
