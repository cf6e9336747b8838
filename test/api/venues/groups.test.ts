import type { SeriesView, VenueDetail } from '../../../types';
import { createTestApp, inbox, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { bookingInput, bookingsOf, createRoom, groupInput, hm, requestId, seriesInput, staffCommunityId } from '../../support/venues';

jest.setTimeout(120_000);

// Now: Wednesday 2026-09-16 10:00 in Ordos. Twelve Thursdays from 9月17日 run through 国庆 (10月1日, a Thursday).
const NOW = '2026-09-16T02:00:00.000Z';
const THURSDAYS = ['2026-09-17', '2026-09-24', '2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05', '2026-11-12', '2026-11-19', '2026-11-26', '2026-12-03'];
const evening: [number, number][] = [[hm(18), hm(21)]];
const morning: [number, number][] = [[hm(9), hm(12)]];

describe.each(dialectsUnderTest())('a resident group books the same slot every week on %s', (dialect) => {
  let app: TestApp;
  let room: VenueDetail;
  let other: VenueDetail;
  let home: number;
  let groupId: number;
  let series: SeriesView;

  beforeAll(async () => {
    app = await createTestApp(dialect, { now: NOW });
    home = await staffCommunityId(app);
    // Open 错时: weekday evenings, weekend mornings only — so a holiday on a weekday (it opens like a Saturday) has no evening.
    room = await createRoom(app, { name: '议事活动室', weekly: [evening, evening, evening, evening, evening, morning, morning], rules: { bookingWindowDays: 14, maxSlotsPerBooking: 2 } });
    other = await createRoom(app, { name: '书画室' });
  });
  afterAll(() => app.close());

  const plan = (over: Partial<ReturnType<typeof seriesInput>> = {}) => {
    const { purpose: _p, headcount: _h, ...input } = seriesInput(groupId, room.id, '2026-09-17', hm(19), hm(20), over);
    return input;
  };

  it('a worker registers a group: its contact found by phone, its rooms and weekly quota', async () => {
    const page = await app.ok('demo-staff', 'groups.upsert', groupInput(home, [room.id, other.id], { name: '和事佬调解工作室', kind: 'org', weeklyMinutes: 60 }));
    expect(page.groups).toEqual([
      expect.objectContaining({ name: '和事佬调解工作室', kind: 'org', contactName: '王秀兰', contactPhoneMasked: '138****1234', weeklyMinutes: 60, active: true, rooms: [{ id: room.id, name: '议事活动室' }, { id: other.id, name: '书画室' }] }),
    ]);
    expect(page.rooms.map((r) => r.name)).toEqual(expect.arrayContaining(['议事活动室', '书画室']));
    groupId = page.groups[0].id;
    expect(await app.ok('demo-staff', 'groups.list', {})).toEqual(page);
  });

  it('refuses a contact who is not a registered resident, and a room the group cannot use, changing nothing', async () => {
    const before = await snapshot(app.db);
    expect(await app.call('demo-staff', 'groups.upsert', groupInput(home, [room.id], { contactPhone: '13900009999' }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'contactPhone', message: expect.stringContaining('没有用这个手机号登记的居民') },
    });
    expect(await app.call('demo-staff', 'groups.upsert', groupInput(home, [999_999]))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'venueIds' } });
    expect(await app.call('demo-staff', 'groups.upsert', groupInput(home, []))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请至少选择一个可用场地' } });
    expect(await app.call('demo-resident', 'groups.upsert', groupInput(home, [room.id]))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('the contact sees the group with its rooms; another resident sees none', async () => {
    const mine = await app.ok('demo-resident', 'groups.mine', {});
    expect(mine.groups).toEqual([expect.objectContaining({ id: groupId, name: '和事佬调解工作室', weeklyMinutes: 60, series: [] })]);
    expect((await app.ok('demo-resident-2', 'groups.mine', {})).groups).toEqual([]);
  });

  it('the preview lists, before sending, every week that cannot be had and why; it writes nothing', async () => {
    await app.ok('demo-resident-2', 'bookings.create', bookingInput(room.id, '2026-09-24', hm(19), hm(20)), requestId());
    await app.ok('demo-staff', 'venues.specialDate', { venueId: room.id, date: '2026-10-15', kind: 'closed', reason: '设备检修' });
    await app.ok('demo-staff', 'venues.reserve', { venueId: room.id, date: '2026-10-22', start: hm(18), end: hm(21), reason: '主题党日' }, requestId());
    const before = await snapshot(app.db);
    const preview = await app.ok('demo-resident', 'series.preview', plan());
    expect(preview.occurrences.map((o) => o.date)).toEqual(THURSDAYS);
    expect(preview.occurrences.filter((o) => !o.ok)).toEqual([
      { date: '2026-09-24', ok: false, reason: '9月24日 19:00–20:00 已被预约' },
      { date: '2026-10-01', ok: false, reason: '10月1日 国庆节放假，按周末时间开放，19:00–20:00 不开放' },
      { date: '2026-10-15', ok: false, reason: '10月15日 闭馆：设备检修' },
      { date: '2026-10-22', ok: false, reason: '10月22日 18:00–21:00 已被社区保留：主题党日' },
    ]);
    expect(preview).toMatchObject({ groupName: '和事佬调解工作室', venueName: '议事活动室', bookable: 8, weeklyMinutes: 60 });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it.each<[string, Partial<ReturnType<typeof seriesInput>>, string, string | RegExp]>([
    ['more than 12 weeks', { weeks: 13 }, 'INVALID_INPUT', '周数不能大于12'],
    ['an end before the start', { start: hm(20), end: hm(19) }, 'INVALID_INPUT', '结束时间须晚于开始时间'],
    ['a time off the slot grid', { start: hm(19, 30), end: hm(20, 30) }, 'INVALID_INPUT', /时段不一致/],
    ['more slots than the room allows', { start: hm(18), end: hm(21) }, 'INVALID_INPUT', '每次最多预约2个时段（2小时）'],
    ['a first date in the past', { firstDate: '2026-09-10' }, 'INVALID_INPUT', '首次日期不能早于今天'],
    ['a first date too far ahead', { firstDate: '2026-12-31' }, 'INVALID_INPUT', '首次日期须在60天之内'],
  ])('refuses %s with a Chinese message, changing nothing', async (_what, over, code, message) => {
    const before = await snapshot(app.db);
    const res = await app.call('demo-resident', 'series.create', seriesInput(groupId, room.id, '2026-09-17', hm(19), hm(20), { ...over, ...(over.start === hm(18) && { end: hm(21) }) }), requestId());
    expect(res).toMatchObject({ ok: false, error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message) } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a resident who is not the group’s contact, and a room not given to the group', async () => {
    const third = await createRoom(app, { name: '舞蹈室' });
    const before = await snapshot(app.db);
    expect(await app.call('demo-resident-2', 'series.create', seriesInput(groupId, room.id, '2026-09-17', hm(19), hm(20)), requestId())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'groupId' } });
    expect(await app.call('demo-resident', 'series.create', { ...seriesInput(groupId, third.id, '2026-09-17', hm(19), hm(20)) }, requestId())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'venueId', message: '该团体不能预约此场地，请联系社区工作人员添加' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('one request books the weeks that can be had, pending as a whole; the room shows them held', async () => {
    const rid = requestId('series');
    series = await app.ok('demo-resident', 'series.create', seriesInput(groupId, room.id, '2026-09-17', hm(19), hm(20), { purpose: '邻里纠纷调解' }), rid);
    expect(series).toMatchObject({ groupName: '和事佬调解工作室', venueName: '议事活动室', status: 'pending', live: 8, firstDate: '2026-09-17', lastDate: '2026-12-03', canReview: false, purpose: '邻里纠纷调解' });
    expect(series.occurrences.map((o) => [o.date, o.status])).toEqual(THURSDAYS.filter((d) => !['2026-09-24', '2026-10-01', '2026-10-15', '2026-10-22'].includes(d)).map((d) => [d, 'pending']));
    expect(series.skipped.map((s) => s.date)).toEqual(['2026-09-24', '2026-10-01', '2026-10-15', '2026-10-22']);
    // A double tap is the same request.
    expect(await app.ok('demo-resident', 'series.create', seriesInput(groupId, room.id, '2026-09-17', hm(19), hm(20), { purpose: '邻里纠纷调解' }), rid)).toEqual(series);
    expect(await app.db.selectFrom('venue_series').select('id').execute()).toHaveLength(1);

    const slot = (await app.ok('demo-resident-2', 'venues.slots', { venueId: room.id, from: '2026-09-17' })).days[0].slots.find((s) => s.start === hm(19))!;
    expect(slot).toMatchObject({ state: 'pending' });
    // The group's weeks are not the contact's own: 我的预约 and their own quota do not count them.
    expect((await bookingsOf(app, 'demo-resident')).filter((b) => b.venueId === room.id)).toEqual([]);
    expect((await app.ok('demo-resident', 'bookings.mine', {})).series).toEqual([expect.objectContaining({ id: series.id, groupName: '和事佬调解工作室', status: 'pending', live: 8 })]);
    expect((await app.ok('demo-resident-2', 'bookings.mine', {})).series).toEqual([]);
    expect(await app.ok('demo-resident', 'bookings.create', bookingInput(room.id, '2026-09-17', hm(20), hm(21)), requestId())).toMatchObject({ status: 'confirmed' });
    expect((await app.ok('demo-resident', 'groups.mine', {})).groups[0].series).toEqual([expect.objectContaining({ id: series.id, status: 'pending', live: 8 })]);
  });

  it('waits on the 工作台 as one series; its weeks are approved only together', async () => {
    const bench = (await app.ok('demo-staff', 'workbench.get', {})).venues!;
    expect(bench.pendingSeries).toEqual([expect.objectContaining({ id: series.id, groupName: '和事佬调解工作室', live: 8 })]);
    expect(bench.pending.filter((b) => b.venueId === room.id)).toEqual([]);
    expect((await inbox(app.db)).filter((m) => m.kind === 'series.review').map((m) => [m.openid, m.title, m.body])).toEqual([
      ['demo-staff', '新的团体固定时段待审核', '和事佬调解工作室：议事活动室 每周四 19:00–20:00，共8次（邻里纠纷调解）'],
    ]);
    const week = series.occurrences[0].bookingId;
    expect(await app.call('demo-staff', 'bookings.review', { bookingId: week, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这是团体固定时段的一次，请在固定时段中整体审核' } });
    expect(await app.call('demo-staff', 'series.review', { seriesId: series.id, decision: 'reject' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'note' } });
    expect(await app.call('demo-resident', 'series.review', { seriesId: series.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a worker approves the series: every week is 已预约 and the contact is told', async () => {
    const seen = Math.max(0, ...(await inbox(app.db)).map((m) => m.id));
    const approved = await app.ok('demo-staff', 'series.review', { seriesId: series.id, decision: 'approve' });
    expect(approved).toMatchObject({ status: 'confirmed', canReview: true, live: 8 });
    expect(new Set(approved.occurrences.map((o) => o.status))).toEqual(new Set(['confirmed']));
    const told = (await inbox(app.db)).filter((m) => m.id > seen);
    expect(told.map((m) => [m.openid, m.title, m.body])).toEqual([['demo-resident', '团体固定时段已通过', '和事佬调解工作室：议事活动室 每周四 19:00–20:00，共8次，请按时到场签到']]);
    expect(await app.call('demo-staff', 'series.review', { seriesId: series.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该固定时段不在待审核状态' } });
    expect(await app.call('demo-staff', 'bookings.cancel', { bookingId: approved.occurrences[0].bookingId, reason: '检修' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这是团体固定时段的一次，请在固定时段中取消' } });
    const trail = await app.db.selectFrom('audit_log').select(['action', 'from_state', 'to_state']).where('entity', '=', 'booking').where('entity_id', '=', approved.occurrences[0].bookingId).orderBy('id').execute();
    expect(trail).toEqual([
      { action: 'create', from_state: null, to_state: 'pending' },
      { action: 'review', from_state: 'pending', to_state: 'confirmed' },
    ]);
    series = approved;
  });

  it('the group’s weekly quota is its own: a second series in another room keeps within it', async () => {
    // 60 minutes a week, already held on Thursdays: a Friday series in the other room fits only in the weeks left.
    const preview = await app.ok('demo-resident', 'series.preview', { groupId, venueId: other.id, firstDate: '2026-09-18', weeks: 3, start: hm(19), end: hm(20) });
    expect(preview.occurrences).toEqual([
      { date: '2026-09-18', ok: false, reason: '9月18日 和事佬调解工作室当周已预约1小时，超出每周1小时的额度' },
      { date: '2026-09-25', ok: true },
      { date: '2026-10-02', ok: true },
    ]);
  });

  it('the contact cancels one week; a worker cancels the later ones and the contact is told', async () => {
    const [first, second, third] = series.occurrences;
    const one = await app.ok('demo-resident', 'series.cancel', { seriesId: series.id, bookingId: second.bookingId, scope: 'one' });
    expect(one.occurrences.map((o) => o.status)).toEqual(['confirmed', 'cancelled', ...Array(6).fill('confirmed')]);
    expect(one).toMatchObject({ status: 'confirmed', live: 7 });
    expect(await app.call('demo-resident', 'series.cancel', { seriesId: series.id, bookingId: second.bookingId, scope: 'one' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该场次已取消、已开始或已结束' } });

    const seen = Math.max(0, ...(await inbox(app.db)).map((m) => m.id));
    const later = await app.ok('demo-staff', 'series.cancel', { seriesId: series.id, bookingId: third.bookingId, scope: 'later', reason: '活动室装修' });
    expect(later.occurrences.map((o) => o.status)).toEqual(['confirmed', 'cancelled', ...Array(6).fill('cancelled')]);
    expect(later).toMatchObject({ status: 'confirmed', live: 1 });
    expect((await inbox(app.db)).filter((m) => m.id > seen).map((m) => [m.openid, m.title, m.body])).toEqual([
      ['demo-resident', '团体固定时段已被社区取消', '和事佬调解工作室：议事活动室 19:00–20:00 10月29日起的6次已取消：活动室装修'],
    ]);

    const last = await app.ok('demo-staff', 'series.cancel', { seriesId: series.id, bookingId: first.bookingId, scope: 'later', reason: '团体解散' });
    expect(last).toMatchObject({ status: 'cancelled', live: 0 });
    expect(await app.call('demo-resident-2', 'series.get', { seriesId: series.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'seriesId' } });
  });
});

describe.each(dialectsUnderTest())('a group whose contact deletes their account on %s', (dialect) => {
  let app: TestApp;
  afterAll(() => app.close());

  it('keeps its weeks (they are the group’s) without the contact or their phone', async () => {
    app = await createTestApp(dialect, { now: NOW });
    const home = await staffCommunityId(app);
    const room = await createRoom(app, { name: '书画室' });
    const groupId = (await app.ok('demo-staff', 'groups.upsert', groupInput(home, [room.id], { name: '墨香书画社', kind: 'club' }))).groups[0].id;
    const series = await app.ok('demo-resident', 'series.create', seriesInput(groupId, room.id, '2026-09-18', hm(19), hm(20), { weeks: 3 }), requestId());
    await app.ok('demo-resident', 'privacy.deleteAccount', { confirm: true }, requestId());
    const rows = await app.db.selectFrom('venue_bookings').select(['status', 'person_phone']).where('series_id', '=', series.id).execute();
    expect(rows).toEqual(Array(3).fill({ status: 'pending', person_phone: '' }));
    expect((await app.ok('demo-staff', 'groups.list', {})).groups[0]).toMatchObject({ name: '墨香书画社', contactName: '', contactPhoneMasked: '' });
  });
});
