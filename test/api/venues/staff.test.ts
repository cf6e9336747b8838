import { snapshot } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, createRoom, hm, requestId, roomInput, venueSuite } from '../../support/venues';

// Now: Wednesday 2026-11-25 10:00 in Ordos.
describe.each(dialectsUnderTest())('workers running venues on %s', (dialect) => {
  const suite = venueSuite(dialect);

  const states = async (date: string, venueId = suite.room.id) =>
    (await suite.app.ok('demo-resident', 'venues.slots', { venueId, from: date })).days[0].slots.map((s) => [s.start / 60, s.state, s.note ?? '']);

  describe('reserving for community use', () => {
    it('reserves slots with a reason that residents see, and never lets them book those', async () => {
      const r = await suite.app.ok('demo-staff', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-27', start: hm(19), end: hm(21), reason: '主题党日' }, requestId());
      expect(r).toMatchObject({ kind: 'reserved', status: 'confirmed', reason: '主题党日', personName: '赵丽娜' });
      expect(await states('2026-11-27')).toEqual([
        [18, 'free', ''],
        [19, 'reserved', '主题党日'],
        [20, 'reserved', '主题党日'],
      ]);
      const res = await suite.app.call('demo-resident', 'bookings.create', bookingInput(suite.room.id, '2026-11-27', hm(20), hm(21)), requestId());
      expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '19:00–21:00 已被社区保留，请选择其他时段' } });
    });

    it('reserves a whole day, and refuses one that already has bookings', async () => {
      await suite.app.ok('demo-staff', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-29', wholeDay: true, reason: '社区文艺汇演彩排' }, requestId());
      expect((await states('2026-11-29')).every(([, state, note]) => state === 'reserved' && note === '社区文艺汇演彩排')).toBe(true);
      await suite.app.ok('demo-resident', 'bookings.create', bookingInput(suite.room.id, '2026-11-28', hm(15), hm(16)), requestId());
      const before = await snapshot(suite.app.db);
      const res = await suite.app.call('demo-staff', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-28', wholeDay: true, reason: '主题党日' }, requestId());
      expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '15:00–16:00 已被预约，请选择其他时段' } });
      expect(await snapshot(suite.app.db)).toEqual(before);
    });

    it('releases a reservation by cancelling it', async () => {
      const day = await suite.app.ok('demo-staff', 'bookings.day', { venueId: suite.room.id, date: '2026-11-29' });
      await suite.app.ok('demo-staff', 'bookings.cancel', { bookingId: day.bookings[0].id, reason: '彩排改期' });
      expect((await states('2026-11-29')).every(([, state]) => state === 'free')).toBe(true);
    });

    it('refuses a reservation off the grid, without a range, or by a worker of another community', async () => {
      const offGrid = await suite.app.call('demo-staff', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-30', start: hm(18, 30), end: hm(19, 30), reason: '主题党日' }, requestId());
      expect(offGrid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'start' } });
      const noRange = await suite.app.call('demo-staff', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-30', reason: '主题党日' }, requestId());
      expect(noRange).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'start' } });
      const tree = await suite.app.ok('demo-admin', 'communities.list', {});
      const me = await suite.app.ok('xingwang-worker', 'me.get', {});
      await suite.app.ok('demo-admin', 'people.setRole', { userId: me.id, role: 'worker', communityIds: [tree[0].streets[0].communities[1].id] });
      const foreign = await suite.app.call('xingwang-worker', 'venues.reserve', { venueId: suite.room.id, date: '2026-11-30', wholeDay: true, reason: '主题党日' }, requestId());
      expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });

  it('books for a resident without a smartphone: confirmed at once, on the grid, beyond the window', async () => {
    const b = await suite.app.ok('demo-staff', 'bookings.createFor', { venueId: suite.room.id, date: '2026-12-10', start: hm(18), end: hm(21), purpose: '老年合唱队排练', headcount: 20, personName: '刘奶奶', personPhone: '13912345678' }, requestId());
    expect(b).toMatchObject({ status: 'confirmed', personName: '刘奶奶', phoneMasked: '139****5678', onBehalf: true, kind: 'booking' });
    const overCapacity = await suite.app.call('demo-staff', 'bookings.createFor', { venueId: suite.room.id, date: '2026-12-11', start: hm(18), end: hm(19), purpose: '排练', headcount: 41, personName: '刘奶奶', personPhone: '13912345678' }, requestId());
    expect(overCapacity).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'headcount' } });
  });

  it('books only for a resident of a community the worker serves', async () => {
    const tree = await suite.app.ok('demo-admin', 'communities.list', {});
    const elsewhere = tree[0].streets[0].communities[1].id;
    const victim = await suite.app.ok('victim-elsewhere', 'me.update', { name: '外社区居民', communityId: elsewhere });
    const before = await snapshot(suite.app.db);
    const res = await suite.app.call('demo-staff', 'bookings.createFor', { venueId: suite.room.id, date: '2026-12-12', start: hm(18), end: hm(19), purpose: '排练', headcount: 5, personName: '外社区居民', personPhone: '13912345678', residentId: victim.id }, requestId());
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'residentId' } });
    expect(await snapshot(suite.app.db)).toEqual(before);
    const own = await suite.app.ok('demo-resident', 'me.get', {});
    const b = await suite.app.ok('demo-staff', 'bookings.createFor', { venueId: suite.room.id, date: '2026-12-12', start: hm(18), end: hm(19), purpose: '排练', headcount: 5, personName: own.name, personPhone: '13912345678', residentId: own.id }, requestId());
    expect(b).toMatchObject({ status: 'confirmed', onBehalf: true });
  });

  describe('special dates', () => {
    it('closes a date with a reason: residents see why', async () => {
      await suite.app.ok('demo-staff', 'venues.specialDate', { venueId: suite.room.id, date: '2026-12-01', kind: 'closed', reason: '设备检修' });
      const day = (await suite.app.ok('demo-resident', 'venues.slots', { venueId: suite.room.id, from: '2026-12-01' })).days[0];
      expect(day).toMatchObject({ slots: [], closedReason: '闭馆：设备检修' });
      const res = await suite.app.call('demo-resident', 'bookings.create', bookingInput(suite.room.id, '2026-12-01', hm(18), hm(19)), requestId());
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'date', message: '12月1日闭馆：设备检修' } });
    });

    it('opens a weekday morning as an extra opening, and restores the weekly hours', async () => {
      const detail = await suite.app.ok('demo-staff', 'venues.specialDate', { venueId: suite.room.id, date: '2026-11-26', kind: 'open', intervals: [[hm(9), hm(12)], [hm(18), hm(21)]], reason: '感恩节手工课加开' });
      expect(detail.specialDates).toContainEqual({ date: '2026-11-26', kind: 'open', intervals: [[hm(9), hm(12)], [hm(18), hm(21)]], reason: '感恩节手工课加开' });
      const day = (await suite.app.ok('demo-resident', 'venues.slots', { venueId: suite.room.id, from: '2026-11-26' })).days[0];
      expect(day.hoursNote).toBe('特别开放：感恩节手工课加开');
      expect(day.slots.map((s) => s.start / 60)).toEqual([9, 10, 11, 18, 19, 20]);
      await suite.app.ok('demo-staff', 'venues.specialDate', { venueId: suite.room.id, date: '2026-11-26', kind: 'none' });
      expect((await suite.app.ok('demo-resident', 'venues.slots', { venueId: suite.room.id, from: '2026-11-26' })).days[0].slots.map((s) => s.start / 60)).toEqual([18, 19, 20]);
    });

    it('refuses to close a date that has bookings', async () => {
      const before = await snapshot(suite.app.db);
      const res = await suite.app.call('demo-staff', 'venues.specialDate', { venueId: suite.room.id, date: '2026-11-28', kind: 'closed', reason: '停电' });
      expect(res).toEqual({ ok: false, error: { code: 'CONFLICT', message: '11月28日已有1个预约或保留不在新的开放时间内，请先取消后再修改' } });
      expect(await snapshot(suite.app.db)).toEqual(before);
    });
  });

  describe('creating and editing venues', () => {
    it('creates a street-wide centre that residents of every community of the street see', async () => {
      const centre = await suite.app.ok('demo-staff', 'venues.upsert', roomInput(suite.communityId, { name: '党群服务中心多功能厅', kind: 'center', streetWide: true, capacity: 120, rules: { requiresApproval: true } }));
      expect(centre).toMatchObject({ placeName: '哈巴格希街道', streetWide: true, canManage: true, requiresApproval: true });
      const tree = await suite.app.ok('demo-resident', 'communities.list', {});
      const xingwang = tree[0].streets[0].communities[1];
      await suite.app.ok('xingwang-resident', 'me.update', { communityId: xingwang.id });
      const seen = await suite.app.ok('xingwang-resident', 'venues.list', {});
      expect(seen.venues.map((v) => v.name)).toEqual(['党群服务中心多功能厅']);
      expect((await suite.app.ok('xingwang-resident', 'venues.get', { venueId: centre.id })).canManage).toBe(false);
    });

    it('edits hours and rules, and a stopped venue disappears for residents', async () => {
      const edited = await suite.app.ok('demo-staff', 'venues.upsert', { ...roomInput(suite.communityId, { name: '文体活动室', slotMinutes: 30, weekly: [[], [], [], [], [], [[hm(9), hm(12)]], []] }), id: suite.room.id });
      expect(edited.hoursSummary).toBe('周六 09:00–12:00');
      const stopped = await suite.app.ok('demo-staff', 'venues.upsert', { ...roomInput(suite.communityId), id: suite.room.id, active: false });
      expect(stopped.active).toBe(false);
      expect((await suite.app.ok('demo-resident', 'venues.list', {})).venues.map((v) => v.id)).not.toContain(suite.room.id);
      expect(await suite.app.call('demo-resident', 'venues.slots', { venueId: suite.room.id, from: '2026-11-28' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await suite.app.ok('demo-staff', 'venues.managed', {})).find((v) => v.id === suite.room.id)?.active).toBe(false);
      await suite.app.ok('demo-staff', 'venues.upsert', { ...roomInput(suite.communityId), id: suite.room.id });
    });

    it.each([
      ['hours off the slot grid', { weekly: [[[hm(17, 30), hm(21)]], [], [], [], [], [], []] }, 'weekly.0'],
      ['an offset as long as a slot', { slotOffset: 60 }, 'slotOffset'],
      ['a photo that was never uploaded', { photos: ['local:0123456789abcdef0123456789abcdef.jpg'] }, 'photos'],
      ['a name with markup', { name: '<活动室>' }, 'name'],
      ['six days of hours', { weekly: [[], [], [], [], [], []] }, 'weekly'],
    ])('refuses %s and changes nothing', async (_label, over, field) => {
      const before = await snapshot(suite.app.db);
      const res = await suite.app.call('demo-staff', 'venues.upsert', { ...roomInput(suite.communityId), ...over });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
      expect(await snapshot(suite.app.db)).toEqual(before);
    });

    it('refuses a venue for a community the worker does not serve', async () => {
      const tree = await suite.app.ok('demo-admin', 'communities.list', {});
      const res = await suite.app.call('demo-staff', 'venues.upsert', roomInput(tree[1].streets[0].communities[0].id));
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });
  });

  it('follows the official calendar through the National Day week of 2026', async () => {
    suite.app.clock.set('2026-09-28T02:00:00.000Z'); // Monday 09-28, 10:00
    const centre = await createRoom(suite.app, { name: '国庆测试厅', rules: { bookingWindowDays: 14 } });
    const week = await suite.app.ok('demo-resident', 'venues.slots', { venueId: centre.id, from: '2026-09-28', days: 14 });
    const summary = week.days.map((d) => [d.date.slice(5), d.dayType, d.dayName ?? '', d.slots[0]?.start / 60, d.slots.length]);
    expect(summary).toEqual([
      ['09-28', 'workday', '', 18, 3],
      ['09-29', 'workday', '', 18, 3],
      ['09-30', 'workday', '', 18, 3],
      ['10-01', 'holiday', '国庆节', 9, 12],
      ['10-02', 'holiday', '国庆节', 9, 12],
      ['10-03', 'holiday', '国庆节', 9, 12],
      ['10-04', 'holiday', '国庆节', 9, 12],
      ['10-05', 'holiday', '国庆节', 9, 12],
      ['10-06', 'holiday', '国庆节', 9, 12],
      ['10-07', 'holiday', '国庆节', 9, 12],
      ['10-08', 'workday', '', 18, 3],
      ['10-09', 'workday', '', 18, 3],
      ['10-10', 'makeup', '调休上班', 18, 3],
      ['10-11', 'weekend', '', 9, 12],
    ]);
    expect(week.days[3].hoursNote).toBe('国庆节，按周末时间开放');
    expect(week.days[12].hoursNote).toBe('调休上班日，按工作日时间开放');
    await suite.app.ok('demo-resident', 'bookings.create', bookingInput(centre.id, '2026-10-01', hm(9), hm(11)), requestId());
    const makeup = await suite.app.call('demo-resident', 'bookings.create', bookingInput(centre.id, '2026-10-10', hm(9), hm(10)), requestId());
    expect(makeup).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '所选时间不在场地开放时间内' } });
  });
});
