import { auditTrail } from '../../../cloud/db/audit';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addResidents, communityId, counters, createEvent, eventInput, rid, signUp, statusOf, updateInput } from '../../support/events-fixtures';

jest.setTimeout(60_000);

describe.each(dialectsUnderTest())('events: workers on %s', (dialect) => {
  let app: TestApp;
  let home: number;
  beforeAll(async () => {
    app = await createTestApp(dialect);
    home = await communityId(app);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set('2026-11-25T02:00:00.000Z'));

  it('creates an event that residents see in their month and can open', async () => {
    const res = await app.ok('demo-staff', 'events.create', eventInput(home, { title: '重阳节敬老文艺汇演', partyLimit: 2 }), rid());
    expect(res).toEqual({ eventIds: [expect.any(Number)], seriesId: null });
    const month = await app.ok('demo-resident', 'events.month', { month: '2026-11' });
    expect(month.events.map((e) => e.title)).toContain('重阳节敬老文艺汇演');
    expect(month.days.find((d) => d.date === '2026-11-28')?.count).toBe(1);
    const detail = await app.ok('demo-resident', 'events.get', { id: res.eventIds[0] });
    expect(detail).toMatchObject({
      status: 'open',
      capacity: 20,
      seatsLeft: 20,
      partyLimit: 2,
      signupOpensAt: '2026-11-25T02:00:00.000Z',
      signupClosesAt: '2026-11-28T11:00:00.000Z',
      cancelDeadline: '2026-11-28T11:00:00.000Z',
      canManage: false,
      actions: { signUp: true, joinWaitlist: false, cancel: false, rate: false },
    });
    const trail = await auditTrail(app.db, 'event', res.eventIds[0]);
    expect(trail.map((t) => [t.action, t.to_state])).toEqual([['create', 'active']]);
  });

  it('creates a weekly series on chosen weekdays until a date, with the same clock times', async () => {
    const res = await app.ok(
      'demo-staff',
      'events.create',
      eventInput(home, {
        title: '老年合唱队排练',
        startsAt: '2026-12-01T09:30:00+08:00',
        endsAt: '2026-12-01T11:00:00+08:00',
        recurrence: { weekdays: [2, 4], until: '2026-12-17' },
      }),
      rid(),
    );
    expect(res.seriesId).toEqual(expect.any(Number));
    const rows = await app.db.selectFrom('events').select(['start_date', 'starts_at', 'ends_at', 'series_id']).where('id', 'in', res.eventIds).orderBy('starts_at').execute();
    expect(rows.map((r) => r.start_date)).toEqual(['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17']);
    expect(rows.every((r) => r.starts_at.endsWith('T01:30:00.000Z') && r.ends_at.endsWith('T03:00:00.000Z'))).toBe(true);
    expect(new Set(rows.map((r) => r.series_id))).toEqual(new Set([res.seriesId]));
  });

  it('edits one occurrence, or this and all future ones of a series', async () => {
    const res = await app.ok(
      'demo-staff',
      'events.create',
      eventInput(home, { title: '太极拳晨练', startsAt: '2026-12-01T07:00:00+08:00', endsAt: '2026-12-01T08:00:00+08:00', recurrence: { weekdays: [2], until: '2026-12-22' } }),
      rid(),
    );
    const [first, second, third, fourth] = res.eventIds;
    const edit = (id: number, scope: 'one' | 'future', change: object) => app.call('demo-staff', 'events.update', updateInput(home, id, change, scope));

    const get = (id: number) => app.ok('demo-resident', 'events.get', { id });
    const secondDetail = await get(second);
    await expect(edit(second, 'one', { title: '太极拳晨练（改在室内）', startsAt: secondDetail.startsAt, endsAt: secondDetail.endsAt, place: '室内运动场' })).resolves.toMatchObject({ ok: true });
    expect((await get(second)).place).toBe('室内运动场');
    expect((await get(third)).place).toBe('党群服务中心排练室');

    const thirdDetail = await get(third);
    // This and the future ones start at 07:30 now, each on its own date.
    await expect(
      edit(third, 'future', { title: '太极拳晨练', startsAt: thirdDetail.startsAt.replace('T23:00', 'T23:30'), endsAt: thirdDetail.endsAt.replace('T00:00', 'T00:30'), capacity: 30 }),
    ).resolves.toMatchObject({ ok: true, data: { eventIds: [third, fourth] } });
    const rows = await app.db.selectFrom('events').select(['id', 'starts_at', 'capacity']).where('id', 'in', [first, second, third, fourth]).orderBy('starts_at').execute();
    expect(rows.map((r) => [r.starts_at.slice(11, 16), r.capacity])).toEqual([
      ['23:00', 20],
      ['23:00', 20],
      ['23:30', 30],
      ['23:30', 30],
    ]);
  });

  it('bigger capacity promotes the waitlist; capacity below the seats taken is refused', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    const update = (capacity: number) => app.call('demo-staff', 'events.update', updateInput(home, eventId, { capacity }));
    await expect(update(2)).resolves.toMatchObject({ ok: true });
    expect(await statusOf(app, eventId, b)).toBe('confirmed');
    const before = await snapshot(app.db);
    await expect(update(1)).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'capacity' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('a new time is sent to everyone signed up', async () => {
    const eventId = await createEvent(app);
    const [a] = await addResidents(app, 1);
    await signUp(app, a, eventId);
    await app.ok('demo-staff', 'events.update', updateInput(home, eventId, { startsAt: '2026-11-28T18:30:00+08:00' }));
    const user = await app.db.selectFrom('users').select('id').where('openid', '=', a).executeTakeFirstOrThrow();
    const n = await app.db.selectFrom('notifications').select(['kind', 'body']).where('user_id', '=', user.id).execute();
    expect(n).toEqual([{ kind: 'event.changed', body: expect.stringContaining('11月28日 周六 18:30–21:00') }]);
  });

  it('cancelling an event tells everyone signed up or waiting, and their seats stop counting as open', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    const res = await app.ok('demo-staff', 'events.cancelEvent', { id: eventId, reason: '场地维修，活动改期' });
    expect(res).toEqual({ eventIds: [eventId], notified: 2 });
    const n = await app.db.selectFrom('notifications').select(['kind', 'body']).where('kind', '=', 'event.cancelled').where('page', '=', `/packages/events/detail/index?id=${eventId}`).execute();
    expect(n).toHaveLength(2);
    expect(n[0].body).toContain('场地维修，活动改期');
    expect((await app.ok(a, 'events.get', { id: eventId })).actions.hint).toBe('活动已取消：场地维修，活动改期');
    expect(await app.call('demo-staff', 'events.cancelEvent', { id: eventId, reason: '再取消一次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lists attendees with the waitlist and check-in state; phones are masked', async () => {
    const eventId = await createEvent(app, { capacity: 2, partyLimit: 2 });
    const [a, b, c] = await addResidents(app, 3);
    await signUp(app, a, eventId, { partySize: 2 });
    await signUp(app, b, eventId, { waitlist: true });
    await signUp(app, c, eventId, { waitlist: true });
    const list = await app.ok('demo-staff', 'events.attendees', { eventId });
    expect(list.confirmed).toEqual([expect.objectContaining({ partySize: 2, status: 'confirmed', arrival: 1, checkedInAt: null, phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/) })]);
    expect(list.waitlist.map((w) => [w.position, w.arrival])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(list.checkinOpen).toBe(false);
  });

  it('checks people in on the day, by their QR code or by name; a second scan says so', async () => {
    const eventId = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
    const [a, b, c] = await addResidents(app, 3);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId);
    const mine = await app.ok(a, 'events.get', { id: eventId });
    expect(mine.my?.checkinCode).toMatch(/^NX1\.e\./);

    await expect(app.call('demo-staff', 'events.checkIn', { eventId, code: mine.my!.checkinCode! })).resolves.toMatchObject({ ok: true, data: { name: '居民1', already: false } });
    await expect(app.call('demo-staff', 'events.checkIn', { eventId, code: mine.my!.checkinCode! })).resolves.toMatchObject({ ok: true, data: { already: true } });
    const bId = (await app.ok(b, 'events.get', { id: eventId })).my!.id;
    await expect(app.call('demo-staff', 'events.checkIn', { eventId, signupId: bId })).resolves.toMatchObject({ ok: true, data: { already: false } });

    const list = await app.ok('demo-staff', 'events.attendees', { eventId });
    expect(list.checkedIn).toEqual({ parties: 2, seats: 2 });
    expect(list.checkinOpen).toBe(true);
    const today = (await app.ok('demo-staff', 'workbench.get', {})).events!;
    expect(today.today).toBe('2026-11-25');
    expect(today.events.find((t) => t.id === eventId)).toMatchObject({ parties: 2, checkedIn: 2 });
    expect((await auditTrail(app.db, 'event_signup', bId)).map((t) => t.action)).toEqual(['signUp', 'checkIn']);

    // Someone who is not signed up, a forged code, another event's code.
    const otherEvent = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
    await signUp(app, c, otherEvent);
    const otherCode = (await app.ok(c, 'events.get', { id: otherEvent })).my!.checkinCode!;
    const before = await snapshot(app.db);
    await expect(app.call('demo-staff', 'events.checkIn', { eventId, code: otherCode })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这不是本活动的签到码' } });
    await expect(app.call('demo-staff', 'events.checkIn', { eventId, code: 'NX1.e.1.AAAAAAAAAAAA' })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    await expect(app.call('demo-staff', 'events.checkIn', { eventId })).resolves.toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('does not check in before the day', async () => {
    const eventId = await createEvent(app);
    const [a] = await addResidents(app, 1);
    await signUp(app, a, eventId);
    const detail = await app.ok(a, 'events.get', { id: eventId });
    expect(detail.my?.checkinCode).toBeNull();
    const code = app.rt.checkinCodes.make('e', detail.my!.id);
    await expect(app.call('demo-staff', 'events.checkIn', { eventId, code })).resolves.toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不在签到时间内') } });
  });

  it('removing someone gives their seat to the next in line and tells them why', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    const aId = (await app.ok(a, 'events.get', { id: eventId })).my!.id;
    await app.ok('demo-staff', 'events.removeSignup', { signupId: aId, reason: '重复报名（已由家人代报）' });
    expect([await statusOf(app, eventId, a), await statusOf(app, eventId, b)]).toEqual(['removed', 'confirmed']);
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, confirmedSeats: 1, waiting: 0 });
    expect((await app.ok(a, 'events.get', { id: eventId })).actions.hint).toContain('移出');
    expect(await signUp(app, a, eventId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  describe('residents and workers of other communities are refused', () => {
    const cases: [string, string, (eventId: number) => object][] = [
      ['create', 'events.create', () => eventInput(1)],
      ['edit', 'events.update', (id) => updateInput(1, id)],
      ['cancel an event', 'events.cancelEvent', (id) => ({ id, reason: '不想办了' })],
      ['list attendees', 'events.attendees', (id) => ({ eventId: id })],
      ['check in', 'events.checkIn', (id) => ({ eventId: id, signupId: 1 })],
    ];
    it.each(cases)('a resident may not %s', async (_label, action, payload) => {
      const eventId = await createEvent(app);
      const before = await snapshot(app.db);
      const res = await app.call('demo-resident', action, payload(eventId), rid());
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('a worker of another community may not create, edit or list attendees here', async () => {
      const eventId = await createEvent(app);
      const [w] = await addResidents(app, 1, await communityId(app, '南苑社区'));
      const user = await app.db.selectFrom('users').select('id').where('openid', '=', w).executeTakeFirstOrThrow();
      await app.ok('demo-admin', 'people.setRole', { userId: user.id, role: 'worker', communityIds: [await communityId(app, '南苑社区')] });
      const before = await snapshot(app.db);
      for (const [action, payload] of [
        ['events.create', eventInput(home)],
        ['events.update', updateInput(home, eventId)],
        ['events.attendees', { eventId }],
      ] as const) {
        expect(await app.call(w, action, payload, rid())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  describe('bad inputs are refused with nothing written', () => {
    const cases: [string, object, string][] = [
      ['end before start', { endsAt: '2026-11-28T18:00:00+08:00' }, 'endsAt'],
      ['capacity 0', { capacity: 0 }, 'capacity'],
      ['negative capacity', { capacity: -5 }, 'capacity'],
      ['a fractional capacity', { capacity: 2.5 }, 'capacity'],
      ['sign-up window closing after the start', { signupClosesAt: '2026-11-28T20:00:00+08:00' }, 'signupClosesAt'],
      ['sign-up window opening after the start', { signupOpensAt: '2026-11-29T09:00:00+08:00' }, 'signupOpensAt'],
      ['cancel deadline after the start', { cancelDeadline: '2026-11-28T20:00:00+08:00' }, 'cancelDeadline'],
      ['an unknown category', { category: 'dance' }, 'category'],
      ['a 10 000-character description', { description: '欢'.repeat(10_000) }, 'description'],
      ['a start in the past', { startsAt: '2026-11-24T19:00:00+08:00', endsAt: '2026-11-24T21:00:00+08:00' }, 'startsAt'],
      ['a start that is not a time', { startsAt: '明天晚上' }, 'startsAt'],
      ['a title with markup', { title: '<script>活动</script>' }, 'title'],
      ['a party limit of 11', { partyLimit: 11 }, 'partyLimit'],
      ['an unknown audience', { audience: 'city' }, 'audience'],
      ['a cover that was never uploaded', { cover: 'local:0123456789abcdef0123456789abcdef.jpg' }, 'cover'],
      ['an unknown venue', { venueId: 424242 }, 'venueId'],
      ['a series whose first date is not one of its weekdays', { recurrence: { weekdays: [1], until: '2026-12-31' } }, 'recurrence.weekdays'],
      ['a series without weekdays', { recurrence: { weekdays: [], until: '2026-12-31' } }, 'recurrence.weekdays'],
      ['a series ending before it starts', { recurrence: { weekdays: [6], until: '2026-11-01' } }, 'recurrence.until'],
      ['an unknown field', { price: 10 }, 'price'],
    ];
    it.each(cases)('%s', async (_label, change, field) => {
      const before = await snapshot(app.db);
      const res = await app.call('demo-staff', 'events.create', { ...eventInput(home), ...change }, rid());
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.field).toBe(field);
      expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('the same rules hold on edit', async () => {
      const eventId = await createEvent(app);
      const before = await snapshot(app.db);
      const res = await app.call('demo-staff', 'events.update', updateInput(home, eventId, { endsAt: '2026-11-28T18:00:00+08:00' }));
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'endsAt' } });
      expect(await snapshot(app.db)).toEqual(before);
    });
  });
});
