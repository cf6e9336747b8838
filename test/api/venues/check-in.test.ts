import { runTick } from '../../../cloud/scheduler/tick';
import { dialectsUnderTest } from '../../support/databases';
import { inbox } from '../../support/api-app';
import { bookingInput, createRoom, hm, requestId, residents, bookingsOf, venueSuite } from '../../support/venues';

jest.setTimeout(60_000);

// Now: Wednesday 2026-11-25 10:00 in Ordos. Bookings on Thursday 19:00–22:00 would run past closing, so 18:00–21:00.
describe.each(dialectsUnderTest())('check-in, no-shows and suspension on %s', (dialect) => {
  const suite = venueSuite(dialect, { rules: { maxUpcomingPerResident: 5, maxMinutesPerWeek: 1200 } });
  beforeEach(() => suite.app.clock.set('2026-11-25T02:00:00.000Z'));

  it('gives the resident a code on the day; a worker scans it inside the window', async () => {
    const [who] = await residents(suite.app, 'checkin', 1, suite.communityId);
    const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-25', hm(18), hm(19)), requestId());
    expect(b.checkinFrom).toBe('2026-11-25T09:45:00.000Z');
    expect(b.checkinUntil).toBe('2026-11-25T10:15:00.000Z');
    const code = (await bookingsOf(suite.app, who))[0].checkinCode!;
    expect(code).toMatch(/^NX1\.b\./);

    suite.app.clock.set('2026-11-25T09:40:00.000Z'); // 17:40
    expect(await suite.app.call('demo-staff', 'bookings.checkIn', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '签到时间未到：开始前15分钟起可签到' } });
    suite.app.clock.set('2026-11-25T09:50:00.000Z'); // 17:50
    const done = await suite.app.ok('demo-staff', 'bookings.checkIn', { code });
    expect(done).toMatchObject({ status: 'checked_in', checkedInAt: '2026-11-25T09:50:00.000Z' });
    expect(await suite.app.call('demo-staff', 'bookings.checkIn', { code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '王秀兰已签到，无需重复签到' } });
    expect((await bookingsOf(suite.app, who))[0]).toMatchObject({ status: 'checked_in', checkinCode: null });
  });

  it('refuses a forged code and a check-in after the window', async () => {
    const [who] = await residents(suite.app, 'late', 1, suite.communityId);
    const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-26', hm(18), hm(19)), requestId());
    const forged = `NX1.b.${b.id}.AAAAAAAAAAAA`;
    expect(await suite.app.call('demo-staff', 'bookings.checkIn', { code: forged })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    suite.app.clock.set('2026-11-26T10:16:00.000Z'); // 18:16
    expect(await suite.app.call('demo-staff', 'bookings.checkIn', { bookingId: b.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已过签到时间' } });
  });

  it('turns a booking nobody checked in to into a no-show and releases the rest of it', async () => {
    const [who] = await residents(suite.app, 'noshow', 1, suite.communityId);
    const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-27', hm(18), hm(21)), requestId());
    suite.app.clock.set('2026-11-27T10:15:00.000Z'); // 18:15: still inside the window
    await runTick(suite.app.rt);
    expect((await bookingsOf(suite.app, who))[0].status).toBe('confirmed');

    suite.app.clock.set('2026-11-27T10:16:00.000Z'); // 18:16
    const ran = await runTick(suite.app.rt);
    expect(ran['venue-bookings']).toBe(1);
    expect((await bookingsOf(suite.app, who))[0].status).toBe('no_show');
    const day = await suite.app.ok('demo-staff', 'bookings.day', { venueId: suite.room.id, date: '2026-11-27' });
    expect(day.bookings.find((x) => x.id === b.id)).toMatchObject({ status: 'no_show', releasedFrom: hm(19) });
    // The worker can give the released hours to someone who walks in.
    await suite.app.ok('demo-staff', 'bookings.createFor', { venueId: suite.room.id, date: '2026-11-27', start: hm(19), end: hm(21), purpose: '临时排练', headcount: 8, personName: '张大爷', personPhone: '13800001111' }, requestId());
    const message = (await inbox(suite.app.db)).find((m) => m.openid === who);
    expect(message).toMatchObject({ title: '场地预约未签到', body: '文体活动室 11月27日 18:00–21:00 未按时签到，已记为未到场，19:00–21:00 已释放给其他居民' });
    const trail = await suite.app.db.selectFrom('audit_log').select(['action', 'from_state', 'to_state', 'actor_id']).where('entity', '=', 'booking').where('entity_id', '=', b.id).orderBy('id').execute();
    expect(trail.map((t) => [t.action, t.to_state, t.actor_id])).toEqual([
      ['create', 'confirmed', expect.any(Number)],
      ['noShow', 'no_show', null],
    ]);
  });

  it('a worker marks a no-show once the booking has started, not before', async () => {
    const [who] = await residents(suite.app, 'marked', 1, suite.communityId);
    const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-26', hm(20), hm(21)), requestId());
    expect(await suite.app.call('demo-staff', 'bookings.markNoShow', { bookingId: b.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '预约尚未开始，不能记为未到场' } });
    suite.app.clock.set('2026-11-26T12:05:00.000Z'); // 20:05
    expect(await suite.app.ok('demo-staff', 'bookings.markNoShow', { bookingId: b.id })).toMatchObject({ status: 'no_show' });
  });

  it('three no-shows in 30 days suspend booking for 30 days, and the resident is told why and until when', async () => {
    const [who] = await residents(suite.app, 'serial', 1, suite.communityId);
    const hall = await createRoom(suite.app, { name: '议事活动室', rules: { maxUpcomingPerResident: 5 } });
    const dates = ['2026-11-25', '2026-11-26', '2026-11-27'];
    for (const date of dates) await suite.app.ok(who, 'bookings.create', bookingInput(hall.id, date, hm(18), hm(19)), requestId());
    for (const date of dates) {
      suite.app.clock.set(`${date}T10:20:00.000Z`); // 18:20 each day
      await runTick(suite.app.rt);
    }
    const list = await suite.app.ok(who, 'venues.list', {});
    expect(list.suspension).toEqual({ until: '2026-12-27T10:20:00.000Z', reason: '30天内3次预约未按时签到' });
    const res = await suite.app.call(who, 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(9), hm(10)), requestId());
    expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '30天内3次预约未按时签到，场地预约暂停至12月27日' } });
    const told = (await inbox(suite.app.db)).filter((m) => m.openid === who).map((m) => m.title);
    expect(told).toEqual(['场地预约未签到', '场地预约未签到', '场地预约未签到', '场地预约已暂停']);
    expect((await inbox(suite.app.db)).find((m) => m.title === '场地预约已暂停')?.body).toBe('因30天内3次预约未按时签到，场地预约暂停30天，至12月27日恢复。已有的预约不受影响。');

    suite.app.clock.set('2026-12-27T10:21:00.000Z');
    expect((await suite.app.ok(who, 'venues.list', {})).suspension).toBeNull();
  });
});
