import type { VenueDetail } from '../../../types';
import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, residents, staffCommunityId, bookingsOf } from '../../support/venues';

jest.setTimeout(60_000);

// Now: Wednesday 2026-11-25 10:00 in Ordos. Bookings on Thursday 19:00–22:00 would run past closing, so 18:00–21:00.
describe.each(dialectsUnderTest())('check-in, no-shows and suspension on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;
  let communityId: number;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    communityId = await staffCommunityId(app);
    room = await createRoom(app, { rules: { maxUpcomingPerResident: 5, maxMinutesPerWeek: 1200 } });
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set('2026-11-25T02:00:00.000Z'));

  it('gives the resident a code on the day; a worker scans it inside the window', async () => {
    const [who] = await residents(app, 'checkin', 1, communityId);
    const b = await app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-25', hm(18), hm(19)), requestId());
    expect(b.checkinFrom).toBe('2026-11-25T09:45:00.000Z');
    expect(b.checkinUntil).toBe('2026-11-25T10:15:00.000Z');
    const code = (await bookingsOf(app, who))[0].checkinCode!;
    expect(code).toMatch(/^NX1\.b\./);

    app.clock.set('2026-11-25T09:40:00.000Z'); // 17:40
    expect(await app.call('demo-staff', 'bookings.checkIn', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '签到时间未到：开始前15分钟起可签到' } });
    app.clock.set('2026-11-25T09:50:00.000Z'); // 17:50
    const done = await app.ok('demo-staff', 'bookings.checkIn', { code });
    expect(done).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-25T09:50:00.000Z' });
    expect(await app.call('demo-staff', 'bookings.checkIn', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '王秀兰已签到，无需重复签到' } });
    expect((await bookingsOf(app, who))[0]).toMatchObject({ status: 'checked_in', checkinCode: null });
  });

  it('refuses a forged code and a check-in after the window', async () => {
    const [who] = await residents(app, 'late', 1, communityId);
    const b = await app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-26', hm(18), hm(19)), requestId());
    const forged = `NX1.b.${b.id}.AAAAAAAAAAAA`;
    expect(await app.call('demo-staff', 'bookings.checkIn', { code: forged })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    app.clock.set('2026-11-26T10:16:00.000Z'); // 18:16
    expect(await app.call('demo-staff', 'bookings.checkIn', { bookingId: b.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已过签到时间' } });
  });

  it('turns a booking nobody checked in to into a no-show and releases the rest of it', async () => {
    const [who] = await residents(app, 'noshow', 1, communityId);
    const b = await app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-27', hm(18), hm(21)), requestId());
    app.clock.set('2026-11-27T10:15:00.000Z'); // 18:15: still inside the window
    await runTick(app.db, app.platform);
    expect((await bookingsOf(app, who))[0].status).toBe('confirmed');

    app.clock.set('2026-11-27T10:16:00.000Z'); // 18:16
    const ran = await runTick(app.db, app.platform);
    expect(ran['venue-bookings']).toBe(1);
    expect((await bookingsOf(app, who))[0].status).toBe('no_show');
    const day = await app.ok('demo-staff', 'bookings.day', { venueId: room.id, date: '2026-11-27' });
    expect(day.bookings.find((x) => x.id === b.id)).toMatchObject({ status: 'no_show', releasedFrom: hm(19) });
    // The worker can give the released hours to someone who walks in.
    await app.ok('demo-staff', 'bookings.createFor', { venueId: room.id, date: '2026-11-27', start: hm(19), end: hm(21), purpose: '临时排练', headcount: 8, personName: '张大爷', personPhone: '13800001111' }, requestId());
    const message = app.platform.notifier.delivered.find((m) => m.openid === who);
    expect(message).toMatchObject({ title: '场地预约未签到', body: '文体活动室 11月27日 18:00–21:00 未按时签到，已记为未到场，19:00–21:00 已释放给其他居民' });
    const trail = await app.db.selectFrom('audit_log').select(['action', 'from_state', 'to_state', 'actor_id']).where('entity', '=', 'booking').where('entity_id', '=', b.id).orderBy('id').execute();
    expect(trail.map((t) => [t.action, t.to_state, t.actor_id])).toEqual([
      ['create', 'confirmed', expect.any(Number)],
      ['noShow', 'no_show', null],
    ]);
  });

  it('a worker marks a no-show once the booking has started, not before', async () => {
    const [who] = await residents(app, 'marked', 1, communityId);
    const b = await app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-26', hm(20), hm(21)), requestId());
    expect(await app.call('demo-staff', 'bookings.markNoShow', { bookingId: b.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '预约尚未开始，不能记为未到场' } });
    app.clock.set('2026-11-26T12:05:00.000Z'); // 20:05
    expect(await app.ok('demo-staff', 'bookings.markNoShow', { bookingId: b.id })).toMatchObject({ status: 'no_show' });
  });

  it('three no-shows in 30 days suspend booking for 30 days, and the resident is told why and until when', async () => {
    const [who] = await residents(app, 'serial', 1, communityId);
    const hall = await createRoom(app, { name: '议事活动室', rules: { maxUpcomingPerResident: 5 } });
    const dates = ['2026-11-25', '2026-11-26', '2026-11-27'];
    for (const date of dates) await app.ok(who, 'bookings.create', bookingInput(hall.id, date, hm(18), hm(19)), requestId());
    for (const date of dates) {
      app.clock.set(`${date}T10:20:00.000Z`); // 18:20 each day
      await runTick(app.db, app.platform);
    }
    const list = await app.ok(who, 'venues.list', {});
    expect(list.suspension).toEqual({ until: '2026-12-27T10:20:00.000Z', reason: '30天内3次预约未按时签到' });
    const res = await app.call(who, 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(9), hm(10)), requestId());
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '30天内3次预约未按时签到，场地预约暂停至12月27日' } });
    const told = app.platform.notifier.delivered.filter((m) => m.openid === who).map((m) => m.title);
    expect(told).toEqual(['场地预约未签到', '场地预约未签到', '场地预约未签到', '场地预约已暂停']);
    expect(app.platform.notifier.delivered.find((m) => m.title === '场地预约已暂停')?.body).toBe('因30天内3次预约未按时签到，场地预约暂停30天，至12月27日恢复。已有的预约不受影响。');

    app.clock.set('2026-12-27T10:21:00.000Z');
    expect((await app.ok(who, 'venues.list', {})).suspension).toBeNull();
  });
});
