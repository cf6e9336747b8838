import type { VenueDetail } from '../../../types';
import { snapshot } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, residents, bookingsOf, venueSuite } from '../../support/venues';

// Now: Wednesday 2026-11-25 10:00 in Ordos.
describe.each(dialectsUnderTest())('booking a venue on %s', (dialect) => {
  const suite = venueSuite(dialect);

  const slotsOf = async (openid: string, date: string, venueId = suite.room.id) => {
    const res = await suite.app.ok(openid, 'venues.slots', { venueId, from: date, days: 1 });
    return res.days[0].slots.map((s) => [s.start / 60, s.state]);
  };

  it('lists the room for residents of its community with its hours and next free slot', async () => {
    const list = await suite.app.ok('demo-resident', 'venues.list', {});
    expect(list.hasCommunity).toBe(true);
    expect(list.suspension).toBeNull();
    expect(list.venues).toEqual([
      expect.objectContaining({
        id: suite.room.id,
        name: '文体活动室',
        placeName: '达尔罕社区',
        capacity: 40,
        facilities: ['钢琴', '音响'],
        hoursSummary: '工作日 18:00–21:00 · 周末 09:00–21:00',
        requiresApproval: false,
        nextFree: { date: '2026-11-25', start: hm(18), end: hm(19) },
      }),
    ]);
  });

  it('asks a resident without a community to bind one, and hides the room from other communities', async () => {
    expect(await suite.app.ok('no-community-yet', 'venues.list', {})).toEqual({ today: '2026-11-25', hasCommunity: false, venues: [], suspension: null });
    const tree = await suite.app.ok('demo-resident', 'communities.list', {});
    const nanyuan = tree.flatMap((d) => d.streets.flatMap((s) => s.communities)).find((c) => c.name === '南苑社区')!;
    await suite.app.ok('nanyuan-resident', 'me.update', { communityId: nanyuan.id });
    expect((await suite.app.ok('nanyuan-resident', 'venues.list', {})).venues).toEqual([]);
    const slots = await suite.app.call('nanyuan-resident', 'venues.slots', { venueId: suite.room.id, from: '2026-11-26' });
    expect(slots).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const booking = await suite.app.call('nanyuan-resident', 'bookings.create', bookingInput(suite.room.id, '2026-11-26', hm(18), hm(19)), requestId());
    expect(booking).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('books two consecutive slots at once and shows them as 我的预约 to me and 已约满 to others', async () => {
    const booking = await suite.app.ok('demo-resident', 'bookings.create', bookingInput(suite.room.id, '2026-11-26', hm(18), hm(20)), requestId());
    expect(booking).toMatchObject({ status: 'confirmed', date: '2026-11-26', start: hm(18), end: hm(20), venueName: '文体活动室', contactPhone: '13847701234' });
    expect(booking.startsAt).toBe('2026-11-26T10:00:00.000Z');
    expect(booking.cancelUntil).toBe('2026-11-26T08:00:00.000Z');
    expect(await slotsOf('demo-resident', '2026-11-26')).toEqual([
      [18, 'mine'],
      [19, 'mine'],
      [20, 'free'],
    ]);
    expect(await slotsOf('demo-resident-2', '2026-11-26')).toEqual([
      [18, 'full'],
      [19, 'full'],
      [20, 'free'],
    ]);
    const trail = await suite.app.db.selectFrom('audit_log').selectAll().where('entity', '=', 'booking').where('entity_id', '=', booking.id).execute();
    expect(trail).toEqual([expect.objectContaining({ action: 'create', from_state: null, to_state: 'confirmed' })]);
  });

  it('refuses an overlapping booking with CONFLICT and says which time is taken', async () => {
    const res = await suite.app.call('demo-resident-2', 'bookings.create', bookingInput(suite.room.id, '2026-11-26', hm(19), hm(21)), requestId());
    expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '18:00–20:00 已被预约，请选择其他时段' } });
  });

  it('runs a retried booking once: the replay returns the first result and writes nothing', async () => {
    const rid = requestId('retry');
    const input = bookingInput(suite.room.id, '2026-11-26', hm(20), hm(21), { contactName: '李建国', contactPhone: '13947705678' });
    const first = await suite.app.ok('demo-resident-2', 'bookings.create', input, rid);
    const before = await snapshot(suite.app.db);
    suite.app.clock.advance(1);
    const again = await suite.app.ok('demo-resident-2', 'bookings.create', input, rid);
    expect(again).toEqual(first);
    expect(await snapshot(suite.app.db)).toEqual(before);
  });

  describe('bad input is refused and nothing is written', () => {
    const cases: [string, (venueId: number) => Record<string, unknown>, string, string?][] = [
      ['end before start', (id) => bookingInput(id, '2026-11-27', hm(20), hm(19)), 'INVALID_INPUT', 'end'],
      ['a slot off the grid', (id) => bookingInput(id, '2026-11-27', hm(18, 30), hm(19, 30)), 'INVALID_INPUT', 'start'],
      ['outside the hours', (id) => bookingInput(id, '2026-11-27', hm(9), hm(10)), 'INVALID_INPUT', 'start'],
      ['a date outside the window', (id) => bookingInput(id, '2026-12-02', hm(18), hm(19)), 'INVALID_INPUT', 'date'],
      ['a date in the past', (id) => bookingInput(id, '2026-11-24', hm(18), hm(19)), 'INVALID_INPUT', 'date'],
      ['headcount over capacity', (id) => bookingInput(id, '2026-11-27', hm(18), hm(19), { headcount: 41 }), 'INVALID_INPUT', 'headcount'],
      ['more slots than allowed', (id) => bookingInput(id, '2026-11-28', hm(9), hm(13)), 'INVALID_INPUT', 'end'],
      ['an unknown venue', () => bookingInput(999999, '2026-11-27', hm(18), hm(19)), 'NOT_FOUND', 'venueId'],
      ['a minute past midnight', (id) => bookingInput(id, '2026-11-27', hm(18), 1441), 'INVALID_INPUT', 'end'],
      ['a malformed date', (id) => bookingInput(id, '2026-02-30', hm(18), hm(19)), 'INVALID_INPUT', 'date'],
      ['a wrong phone', (id) => bookingInput(id, '2026-11-27', hm(18), hm(19), { contactPhone: '12345' }), 'INVALID_INPUT', 'contactPhone'],
      ['markup in the purpose', (id) => bookingInput(id, '2026-11-27', hm(18), hm(19), { purpose: '<b>排练</b>' }), 'INVALID_INPUT', 'purpose'],
      ['blocked words in the purpose', (id) => bookingInput(id, '2026-11-27', hm(18), hm(19), { purpose: '组织赌博活动' }), 'INVALID_INPUT', 'purpose'],
      ['inside the minimum notice', (id) => bookingInput(id, '2026-11-25', hm(11), hm(12)), 'INVALID_INPUT', 'start'],
    ];
    it.each(cases.map(([label, payload, code, field]) => ({ label, payload, code, field })))('$label', async ({ payload, code, field }) => {
      const before = await snapshot(suite.app.db);
      const res = await suite.app.call('demo-resident-2', 'bookings.create', payload(suite.room.id), requestId('bad'));
      expect(res).toMatchObject({ ok: false, error: { code, ...(field && { field }) } });
      expect(res.ok || res.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await snapshot(suite.app.db)).toEqual(before);
    });

    it('a booking without a requestId', async () => {
      const before = await snapshot(suite.app.db);
      const res = await suite.app.call('demo-resident-2', 'bookings.create', bookingInput(suite.room.id, '2026-11-27', hm(18), hm(19)));
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'requestId' } });
      expect(await snapshot(suite.app.db)).toEqual(before);
    });
  });

  describe('quotas', () => {
    let quotaRoom: VenueDetail;
    let people: string[];
    beforeAll(async () => {
      quotaRoom = await createRoom(suite.app, { name: '棋牌书画室', rules: { maxUpcomingPerResident: 2, maxMinutesPerWeek: 240 } });
      people = await residents(suite.app, 'quota', 1, suite.communityId);
    });

    it('allows two upcoming bookings per resident and refuses a third', async () => {
      const [who] = people;
      await suite.app.ok(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-26', hm(18), hm(19)), requestId());
      await suite.app.ok(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-27', hm(18), hm(19)), requestId());
      const before = await snapshot(suite.app.db);
      const third = await suite.app.call(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-28', hm(9), hm(10)), requestId());
      expect(third).toEqual({ ok: false, error: { code: 'CONFLICT', message: '每人在本场地最多保留2个未开始的预约，请先使用或取消已有预约' } });
      expect(await snapshot(suite.app.db)).toEqual(before);
      // Another room has its own quota.
      await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-28', hm(9), hm(10)), requestId());
    });

    it('limits the hours of one week', async () => {
      const [who] = await residents(suite.app, 'weekly', 1, suite.communityId);
      await suite.app.ok(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-29', hm(9), hm(12)), requestId());
      const res = await suite.app.call(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-29', hm(13), hm(15)), requestId());
      expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '每人每周在本场地最多预约4小时，本周还可预约1小时' } });
      await suite.app.ok(who, 'bookings.create', bookingInput(quotaRoom.id, '2026-11-29', hm(13), hm(14)), requestId());
    });
  });

  describe('cancelling', () => {
    it('lets a resident cancel before the deadline and frees the slot', async () => {
      const [who] = await residents(suite.app, 'cancel', 1, suite.communityId);
      const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-30', hm(18), hm(19)), requestId());
      expect(await suite.app.ok(who, 'bookings.cancel', { bookingId: b.id })).toEqual({ id: b.id, status: 'cancelled' });
      expect((await slotsOf('demo-resident-2', '2026-11-30'))[0]).toEqual([18, 'free']);
      const again = await suite.app.call(who, 'bookings.cancel', { bookingId: b.id });
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该预约已取消' } });
    });

    it('refuses after the deadline, and the booking stays', async () => {
      const [who] = await residents(suite.app, 'late-cancel', 1, suite.communityId);
      const b = await suite.app.ok(who, 'bookings.create', bookingInput(suite.room.id, '2026-11-25', hm(19), hm(20)), requestId());
      suite.app.clock.set('2026-11-25T10:30:00.000Z'); // 18:30, deadline was 17:00
      const res = await suite.app.call(who, 'bookings.cancel', { bookingId: b.id });
      expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '已过取消时限（开始前2小时），如需取消请联系社区' } });
      const mine = await bookingsOf(suite.app, who);
      expect(mine[0]).toMatchObject({ id: b.id, status: 'confirmed', cancelUntil: null });
      suite.app.clock.set('2026-11-25T02:00:00.000Z');
    });
  });

  it('splits 我的预约 into upcoming (soonest first) and history by the server’s clock', async () => {
    const res = await suite.app.ok('demo-resident', 'bookings.mine', {});
    expect(res.now).toBe(suite.app.clock.now().toISOString());
    expect(res.upcoming.map((b) => b.startsAt)).toEqual([...res.upcoming.map((b) => b.startsAt)].sort());
    expect(res.upcoming.every((b) => new Date(b.endsAt) > suite.app.clock.now())).toBe(true);
  });

  it('keeps a future booking the community turned down under upcoming, with its reason; my own cancel goes to history', async () => {
    const room = await createRoom(suite.app, { name: '需审核的议事室', rules: { requiresApproval: true } });
    const [who] = await residents(suite.app, 'turned-down', 1, suite.communityId);
    const refused = await suite.app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-30', hm(18), hm(19)), requestId());
    const dropped = await suite.app.ok(who, 'bookings.create', bookingInput(room.id, '2026-11-30', hm(19), hm(20)), requestId());
    await suite.app.ok('demo-staff', 'bookings.review', { bookingId: refused.id, decision: 'reject', note: '当天场地另有安排' });
    await suite.app.ok(who, 'bookings.cancel', { bookingId: dropped.id });
    const res = await suite.app.ok(who, 'bookings.mine', {});
    expect(res.upcoming.map((b) => [b.id, b.status, b.reviewNote])).toEqual([[refused.id, 'rejected', '当天场地另有安排']]);
    expect(res.history.map((b) => [b.id, b.status])).toEqual([[dropped.id, 'cancelled']]);
  });

  describe('privacy', () => {
    it('shows a resident only their own bookings, and another’s booking does not exist to them', async () => {
      const mine = await bookingsOf(suite.app, 'demo-resident');
      const theirs = await bookingsOf(suite.app, 'demo-resident-2');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((b) => b.contactName === '王秀兰')).toBe(true);
      expect(theirs.map((b) => b.id)).not.toEqual(expect.arrayContaining([mine[0].id]));
      const cancel = await suite.app.call('demo-resident-2', 'bookings.cancel', { bookingId: mine[0].id });
      expect(cancel).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('forbids a resident to reserve, approve, check in, see a day, or edit a venue', async () => {
      const before = await snapshot(suite.app.db);
      const [booking] = await bookingsOf(suite.app, 'demo-resident');
      const attempts: [string, unknown][] = [
        ['venues.reserve', { venueId: suite.room.id, date: '2026-11-27', wholeDay: true, reason: '自己用' }],
        ['bookings.review', { bookingId: booking.id, decision: 'approve' }],
        ['bookings.checkIn', { bookingId: booking.id }],
        ['bookings.markNoShow', { bookingId: booking.id }],
        ['bookings.day', { venueId: suite.room.id, date: '2026-11-26' }],
        ['venues.managed', {}],
        ['venues.upsert', { id: suite.room.id }],
      ];
      for (const [action, payload] of attempts) {
        const res = await suite.app.call('demo-resident-2', action, payload, requestId());
        expect([action, res]).toEqual([action, expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
      }
      expect(await snapshot(suite.app.db)).toEqual(before);
    });

    it('shows workers the day with phones masked', async () => {
      const day = await suite.app.ok('demo-staff', 'bookings.day', { venueId: suite.room.id, date: '2026-11-26' });
      expect(day.bookings[0]).toMatchObject({ personName: '王秀兰', phoneMasked: '138****1234', purpose: '合唱团排练', status: 'confirmed', onBehalf: false });
      expect(JSON.stringify(day)).not.toContain('13847701234');
    });

    it('opens a worker’s day on the server’s today when no date is asked for', async () => {
      suite.app.clock.set('2026-11-25T16:30:00.000Z'); // 00:30 on the 26th in Ordos
      try {
        const day = await suite.app.ok('demo-staff', 'bookings.day', { venueId: suite.room.id });
        expect({ date: day.date, today: day.today }).toEqual({ date: '2026-11-26', today: '2026-11-26' });
        expect(day.bookings.map((b) => b.personName)).toContain('王秀兰');
      } finally {
        suite.app.clock.set('2026-11-25T02:00:00.000Z');
      }
    });
  });
});
