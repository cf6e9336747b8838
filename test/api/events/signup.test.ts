import type { SignUpResult } from '../../../types';
import { auditTrail } from '../../../cloud/db/audit';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addResidents, communityId, counters, createEvent, rid, signUp, statusOf } from '../../support/events-fixtures';

jest.setTimeout(60_000);

describe.each(dialectsUnderTest())('events: sign-up, waitlist and cancellation on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set('2026-11-25T02:00:00.000Z'));

  // events.signUp answers with the screen as the sign-up left it under the lock, not read again: it must be the screen.
  it.each([
    ['a seat', { capacity: 5, before: 1, party: 1, comeBack: false }],
    ['a seat for a party of three', { capacity: 5, before: 1, party: 3, comeBack: false }],
    ['the last seats', { capacity: 3, before: 1, party: 2, comeBack: false }],
    ['the waitlist', { capacity: 2, before: 3, party: 1, comeBack: false }],
    ['back after cancelling, with a seat', { capacity: 5, before: 1, party: 2, comeBack: true }],
    ['back after cancelling, at the end of the line', { capacity: 2, before: 3, party: 1, comeBack: true }],
  ])('answers %s with the detail screen events.get then reads', async (_, c) => {
    const eventId = await createEvent(app, { capacity: c.capacity, partyLimit: 3 });
    const [me, ...others] = await addResidents(app, c.before + 1);
    for (const o of others) expect(await signUp(app, o, eventId, { waitlist: true })).toMatchObject({ ok: true });
    if (c.comeBack) {
      expect(await signUp(app, me, eventId, { waitlist: true })).toMatchObject({ ok: true });
      expect(await app.call(me, 'events.cancel', { eventId }, rid())).toMatchObject({ ok: true });
    }
    const answer = await signUp(app, me, eventId, { partySize: c.party, waitlist: true });
    expect(answer.ok).toBe(true);
    expect(answer.ok && (answer.data as { event: unknown }).event).toEqual(await app.ok(me, 'events.get', { id: eventId }));
  });

  it('300 concurrent sign-ups for 20 seats: exactly 20 confirmed, 280 waitlisted in arrival order, counters equal to rows', async () => {
    const eventId = await createEvent(app, { capacity: 20 });
    const people = await addResidents(app, 300);
    const results = await Promise.all(people.map((p) => signUp(app, p, eventId, { waitlist: true })));

    expect(results.filter((r) => !r.ok)).toEqual([]);
    const data = results.map((r) => (r.ok ? (r.data as SignUpResult) : null)!);
    const confirmed = data.filter((d) => d.status === 'confirmed');
    const waitlisted = data.filter((d) => d.status === 'waitlisted');
    expect(confirmed).toHaveLength(20);
    expect(waitlisted).toHaveLength(280);

    // Arrival = the order sign-ups passed the gate: 1…300 once each; the first 20 arrivals got the seats, and each
    // waitlist place is the arrival number after them.
    expect(data.map((d) => d.arrival).sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(confirmed.map((d) => d.arrival).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const d of waitlisted) expect(d.position).toBe(d.arrival - 20);

    // The attendee list shows the same order, and the audit log recorded the sign-ups in that order.
    const list = await app.ok('demo-staff', 'events.attendees', { eventId });
    expect(list.waitlist.map((a) => a.position)).toEqual(Array.from({ length: 280 }, (_, i) => i + 1));
    expect(list.waitlist.map((a) => a.arrival)).toEqual(Array.from({ length: 280 }, (_, i) => i + 21));
    const audits = await app.db
      .selectFrom('audit_log')
      .innerJoin('event_signups', 'event_signups.id', 'audit_log.entity_id')
      .select(['audit_log.id', 'event_signups.seq'])
      .where('audit_log.entity', '=', 'event_signup')
      .where('audit_log.action', '=', 'signUp')
      .where('event_signups.event_id', '=', eventId)
      .orderBy('audit_log.id')
      .execute();
    expect(audits.map((a) => a.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));

    const c = await counters(app, eventId);
    expect(c).toMatchObject({ taken: 20, confirmedSeats: 20, waiting: 280, waitlistedRows: 280, seq: 300 });
  });

  it('a cancellation promotes the first in line in the same transaction, and tells them', async () => {
    const eventId = await createEvent(app, { capacity: 2 });
    const [a, b, c, d] = await addResidents(app, 4);
    for (const p of [a, b, c, d]) expect((await signUp(app, p, eventId, { waitlist: true })).ok).toBe(true);
    expect([await statusOf(app, eventId, c), await statusOf(app, eventId, d)]).toEqual(['waitlisted', 'waitlisted']);

    await app.ok(b, 'events.cancel', { eventId });
    expect(await statusOf(app, eventId, b)).toBe('cancelled');
    expect(await statusOf(app, eventId, c)).toBe('confirmed');
    expect(await statusOf(app, eventId, d)).toBe('waitlisted');
    expect(await counters(app, eventId)).toMatchObject({ taken: 2, confirmedSeats: 2, waiting: 1, waitlistedRows: 1 });

    const cUser = await app.db.selectFrom('users').select('id').where('openid', '=', c).executeTakeFirstOrThrow();
    const messages = await app.db.selectFrom('notifications').selectAll().where('user_id', '=', cUser.id).execute();
    expect(messages).toEqual([expect.objectContaining({ kind: 'event.promoted', title: '候补成功', page: `/packages/events/detail/index?id=${eventId}` })]);

    const cSignup = await app.db.selectFrom('event_signups').innerJoin('users', 'users.id', 'event_signups.user_id').select('event_signups.id').where('users.openid', '=', c).where('event_id', '=', eventId).executeTakeFirstOrThrow();
    const trail = await auditTrail(app.db, 'event_signup', cSignup.id);
    expect(trail.map((t) => [t.action, t.from_state, t.to_state])).toEqual([
      ['signUp', null, 'waitlisted'],
      ['promote', 'waitlisted', 'confirmed'],
    ]);
    const detail = await app.ok(d, 'events.get', { id: eventId });
    expect(detail.my).toMatchObject({ status: 'waitlisted', position: 1 });
  });

  it('party sizes: a family that does not fit waits, and a single behind it does not overtake', async () => {
    const eventId = await createEvent(app, { capacity: 3, partyLimit: 2, category: 'family' });
    const [a, b, c, d] = await addResidents(app, 4);
    expect(await signUp(app, a, eventId, { partySize: 2 })).toMatchObject({ ok: true, data: { status: 'confirmed' } });
    expect(await signUp(app, b, eventId, { partySize: 2, waitlist: true })).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 1 } });
    // One seat is free, but b is waiting: c joins behind b.
    expect(await signUp(app, c, eventId, { partySize: 1, waitlist: true })).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 2 } });
    expect(await signUp(app, d, eventId, { partySize: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'partySize' } });

    await app.ok(a, 'events.cancel', { eventId });
    // Three seats free: b (2) moves up, then c (1).
    expect([await statusOf(app, eventId, b), await statusOf(app, eventId, c)]).toEqual(['confirmed', 'confirmed']);
    expect(await counters(app, eventId)).toMatchObject({ taken: 3, confirmedSeats: 3, waiting: 0, waitlistedRows: 0 });
  });

  it('a sign-up answers with the event as it is after it (the detail screen in one call)', async () => {
    const eventId = await createEvent(app, { capacity: 2 });
    const [a, b, c] = await addResidents(app, 3);
    await signUp(app, a, eventId);
    const seat = await app.ok(b, 'events.signUp', { eventId }, rid());
    expect(seat.event).toEqual(await app.ok(b, 'events.get', { id: eventId }));
    expect(seat.event).toMatchObject({ seatsLeft: 0, mine: 'confirmed', my: { status: 'confirmed', partySize: 1 } });
    const waiting = await app.ok(c, 'events.signUp', { eventId, waitlist: true }, rid());
    expect(waiting.event).toMatchObject({ mine: 'waitlisted', my: { status: 'waitlisted', position: 1 }, actions: { cancel: true } });
    const cancelled = await app.ok(b, 'events.cancel', { eventId });
    expect(cancelled).toEqual(await app.ok(b, 'events.get', { id: eventId }));
    expect(cancelled.my).toMatchObject({ status: 'cancelled' });
  });

  it('the detail shows each waiting person their place, which moves up when someone ahead leaves the line', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b, c, d] = await addResidents(app, 4);
    await signUp(app, a, eventId);
    for (const p of [b, c, d]) await signUp(app, p, eventId, { waitlist: true });
    const place = async (p: string) => (await app.ok(p, 'events.get', { id: eventId })).my?.position;
    expect([await place(b), await place(c), await place(d)]).toEqual([1, 2, 3]);
    await app.ok(c, 'events.cancel', { eventId });
    expect([await place(b), await place(d)]).toEqual([1, 2]);
    await app.ok(b, 'events.cancel', { eventId });
    expect(await place(d)).toBe(1);
  });

  it('a full event is refused without the waitlist option, and nothing is written', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    const before = await snapshot(app.db);
    const res = await signUp(app, b, eventId);
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('候补') } });
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('one sign-up per person: a second one is refused, a replay of the same request returns the first result', async () => {
    const eventId = await createEvent(app);
    const [a] = await addResidents(app, 1);
    const requestId = rid();
    const first = await app.call(a, 'events.signUp', { eventId }, requestId);
    const replay = await app.call(a, 'events.signUp', { eventId }, requestId);
    expect(replay).toEqual(first);
    expect(await signUp(app, a, eventId)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经报名了本活动' } });
    const rows = await app.db.selectFrom('event_signups').select('id').where('event_id', '=', eventId).execute();
    expect(rows).toHaveLength(1);
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, confirmedSeats: 1 });
  });

  it('concurrent double taps with different request ids still leave one sign-up', async () => {
    const eventId = await createEvent(app);
    const [a] = await addResidents(app, 1);
    const results = await Promise.all(Array.from({ length: 8 }, () => signUp(app, a, eventId)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, confirmedSeats: 1 });
  });

  it('after cancelling, a person may sign up again and goes to the back of the line', async () => {
    const eventId = await createEvent(app, { capacity: 1 });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    await app.ok(a, 'events.cancel', { eventId });
    expect(await statusOf(app, eventId, b)).toBe('confirmed');
    expect(await signUp(app, a, eventId, { waitlist: true })).toMatchObject({ ok: true, data: { status: 'waitlisted', position: 1, arrival: 3 } });
  });

  describe('refused with nothing written', () => {
    const cases: [string, (eventId: number) => Promise<void>, string, string, string?][] = [
      ['before the window opens', async () => app.clock.set('2026-11-20T00:00:00.000Z'), 'CONFLICT', '报名将于'],
      ['after the window closes', async () => app.clock.set('2026-11-28T10:30:00.000Z'), 'CONFLICT', '报名已截止'],
      ['after the event has ended', async () => app.clock.set('2026-11-29T00:00:00.000Z'), 'CONFLICT', '活动已结束'],
      [
        'for a cancelled event',
        async (eventId) => void (await app.ok('demo-staff', 'events.cancelEvent', { id: eventId, reason: '天气原因改期' })),
        'CONFLICT',
        '活动已取消',
      ],
    ];
    it.each(cases)('%s', async (_label, arrange, code, message) => {
      const eventId = await createEvent(app, { signupOpensAt: '2026-11-25T09:00:00+08:00', signupClosesAt: '2026-11-28T18:00:00+08:00' });
      const [a] = await addResidents(app, 1);
      await arrange(eventId);
      const before = await snapshot(app.db);
      const res = await signUp(app, a, eventId);
      expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } });
      expect(await snapshot(app.db)).toEqual(before);
    });

    it('for a resident of another community, and for one with no community', async () => {
      const eventId = await createEvent(app);
      const [other] = await addResidents(app, 1, await communityId(app, '南苑社区'));
      const before = await snapshot(app.db);
      expect(await signUp(app, other, eventId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '本活动仅面向达尔罕社区居民' } });
      expect(await signUp(app, 'newcomer-without-community', eventId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      // The newcomer was registered as a user by the router; no sign-up, no counter moved.
      const after = await snapshot(app.db);
      expect(after.event_signups).toEqual(before.event_signups);
      expect(after.events).toEqual(before.events);
    });

    it('an unknown event', async () => {
      const [a] = await addResidents(app, 1);
      const before = await snapshot(app.db);
      expect(await signUp(app, a, 999999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  it('street-wide events take residents of the whole street', async () => {
    const eventId = await createEvent(app, { audience: 'street' });
    const [neighbour] = await addResidents(app, 1, await communityId(app, '兴旺社区'));
    const [faraway] = await addResidents(app, 1, await communityId(app, '南苑社区'));
    expect(await signUp(app, neighbour, eventId)).toMatchObject({ ok: true });
    expect(await signUp(app, faraway, eventId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '本活动面向哈巴格希街道居民' } });
  });

  it('no cancel after the deadline; leaving the waitlist is still possible', async () => {
    const eventId = await createEvent(app, { capacity: 1, cancelDeadline: '2026-11-27T19:00:00+08:00' });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    app.clock.set('2026-11-28T02:00:00.000Z');
    const before = await snapshot(app.db);
    expect(await app.call(a, 'events.cancel', { eventId })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已过取消截止时间') } });
    expect(await snapshot(app.db)).toEqual(before);
    await app.ok(b, 'events.cancel', { eventId });
    expect(await counters(app, eventId)).toMatchObject({ taken: 1, waiting: 0, waitlistedRows: 0 });
  });
});
