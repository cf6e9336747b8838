import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { addResidents, communityId, createEvent, eventInput, rid, signUp } from '../../support/events-fixtures';

jest.setTimeout(60_000);

describe.each(dialectsUnderTest())('events: calendar, detail, 我的活动 and ratings on %s', (dialect) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(dialect);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set('2026-11-25T02:00:00.000Z'));

  it('one call draws a month: my community’s events, street-wide ones of my street, counts and calendar marks', async () => {
    const dalhan = await communityId(app);
    const xingwang = await communityId(app, '兴旺社区');
    const nanyuan = await communityId(app, '南苑社区');
    const create = (community: number, change: object) => app.ok('demo-admin', 'events.create', eventInput(community, change), rid());
    await create(dalhan, { title: '本社区的活动', startsAt: '2026-12-05T09:00:00+08:00', endsAt: '2026-12-05T10:00:00+08:00' });
    await create(dalhan, { title: '本社区的第二场', startsAt: '2026-12-05T15:00:00+08:00', endsAt: '2026-12-05T16:00:00+08:00' });
    await create(xingwang, { title: '兴旺社区面向街道', audience: 'street', startsAt: '2026-12-12T09:00:00+08:00', endsAt: '2026-12-12T10:00:00+08:00' });
    await create(xingwang, { title: '兴旺社区自己的', startsAt: '2026-12-12T15:00:00+08:00', endsAt: '2026-12-12T16:00:00+08:00' });
    await create(nanyuan, { title: '别的街道面向街道', audience: 'street', startsAt: '2026-12-12T09:00:00+08:00', endsAt: '2026-12-12T10:00:00+08:00' });
    await create(dalhan, { title: '下个月的', startsAt: '2027-01-02T09:00:00+08:00', endsAt: '2027-01-02T10:00:00+08:00' });

    const month = await app.ok('demo-resident', 'events.month', { month: '2026-12' });
    expect(month.month).toBe('2026-12');
    expect(month.today).toBe('2026-11-25');
    expect(month.community).toEqual({ id: dalhan, name: '达尔罕社区', streetName: '哈巴格希街道' });
    expect(month.events.map((e) => e.title)).toEqual(['本社区的活动', '本社区的第二场', '兴旺社区面向街道']);
    expect(month.days).toHaveLength(31);
    const counted = month.days.filter((d) => d.count > 0).map((d) => [d.date, d.count]);
    expect(counted).toEqual([
      ['2026-12-05', 2],
      ['2026-12-12', 1],
    ]);
    expect(month.events[0]).toMatchObject({ status: 'open', seatsLeft: 20, communityName: '达尔罕社区', mine: null });
  });

  it('answers a newcomer without a community with the bare month, so the first screen asks them to choose one', async () => {
    const month = await app.ok('calendar-newcomer', 'events.month', {});
    expect(month).toMatchObject({ month: '2026-11', today: '2026-11-25', community: null, events: [] });
    expect(month.days).toHaveLength(30);
    expect(month.days.every((d) => d.count === 0)).toBe(true);
  });

  it('counts no cancelled event on the calendar day, though it stays listed as cancelled', async () => {
    const dalhan = await communityId(app);
    const create = (title: string, at: string) =>
      app.ok('demo-admin', 'events.create', eventInput(dalhan, { title, startsAt: `2027-03-0${at}:00:00+08:00`, endsAt: `2027-03-0${at}:30:00+08:00` }), rid());
    const cancelled = await create('取消了的讲座', '3T09');
    await create('照常的讲座', '4T09');
    await app.ok('demo-admin', 'events.cancelEvent', { id: cancelled.eventIds[0], reason: '讲师临时有事' });
    const month = await app.ok('demo-resident', 'events.month', { month: '2027-03' });
    expect(month.days.filter((d) => d.count > 0).map((d) => [d.date, d.count])).toEqual([['2027-03-04', 1]]);
    expect(month.events.find((e) => e.title === '取消了的讲座')?.status).toBe('cancelled');
  });

  it('defaults to the month of the server clock and carries holidays, 调休 and 重阳节', async () => {
    app.clock.set('2026-10-08T02:00:00.000Z');
    const month = await app.ok('demo-resident', 'events.month', {});
    expect(month.month).toBe('2026-10');
    const day = (d: string) => month.days.find((x) => x.date === d);
    expect(day('2026-10-01')).toMatchObject({ rest: true, holiday: '国庆节' });
    expect(day('2026-10-10')).toMatchObject({ workday: true, rest: false });
    expect(day('2026-10-18')).toMatchObject({ festival: '重阳节', lunar: '重阳节' });
    expect(month.notice).toBeNull();
  });

  it('says when a year’s holiday arrangement is not published yet, and marks no 休 or 班 then', async () => {
    const month = await app.ok('demo-resident', 'events.month', { month: '2027-10' });
    expect(month.notice).toBe('2027年法定节假日和调休安排尚未公布，暂按普通工作日和周末显示');
    expect(month.days.some((d) => d.rest || d.workday || d.holiday)).toBe(false);
  });

  it('the month is drawn in Shanghai time: an event at 07:00 on the 1st counts on the 1st, not the last day before', async () => {
    const eventId = await createEvent(app, { startsAt: '2027-01-01T07:00:00+08:00', endsAt: '2027-01-01T08:00:00+08:00' });
    const jan = await app.ok('demo-resident', 'events.month', { month: '2027-01' });
    expect(jan.days[0]).toMatchObject({ date: '2027-01-01', count: 1, festival: '元旦' });
    expect(jan.events.map((e) => e.id)).toContain(eventId);
    const dec = await app.ok('demo-resident', 'events.month', { month: '2026-12' });
    expect(dec.events.map((e) => e.id)).not.toContain(eventId);
  });

  it('marks my own sign-ups in the month', async () => {
    const eventId = await createEvent(app, { startsAt: '2026-11-27T09:00:00+08:00', endsAt: '2026-11-27T10:00:00+08:00' });
    await signUp(app, 'demo-resident', eventId);
    const month = await app.ok('demo-resident', 'events.month', { month: '2026-11' });
    expect(month.events.find((e) => e.id === eventId)?.mine).toBe('confirmed');
    const other = await app.ok('demo-resident-2', 'events.month', { month: '2026-11' });
    expect(other.events.find((e) => e.id === eventId)?.mine).toBeNull();
  });

  it('refuses a month of another community to a resident, and a bad month', async () => {
    const nanyuan = await communityId(app, '南苑社区');
    expect(await app.call('demo-resident', 'events.month', { communityId: nanyuan })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.call('demo-resident', 'events.month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
  });

  it('我的活动: upcoming with my status and waitlist place, the rest as history', async () => {
    const [me, first] = await addResidents(app, 2);
    const soon = await createEvent(app, { title: '即将开始的', capacity: 1, startsAt: '2026-11-26T09:00:00+08:00', endsAt: '2026-11-26T10:00:00+08:00' });
    const later = await createEvent(app, { title: '下周的', startsAt: '2026-12-02T09:00:00+08:00', endsAt: '2026-12-02T10:00:00+08:00' });
    const dropped = await createEvent(app, { title: '取消报名的', startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T10:00:00+08:00' });
    await signUp(app, first, soon);
    await signUp(app, me, soon, { waitlist: true });
    await signUp(app, me, later);
    await signUp(app, me, dropped);
    await app.ok(me, 'events.cancel', { eventId: dropped });

    const mine = await app.ok(me, 'events.mine', {});
    expect(mine.upcoming.map((m) => [m.event.title, m.signup.status, m.signup.position])).toEqual([
      ['即将开始的', 'waitlisted', 1],
      ['下周的', 'confirmed', null],
    ]);
    expect(mine.history.map((m) => [m.event.title, m.signup.status])).toEqual([['取消报名的', 'cancelled']]);

    app.clock.set('2026-12-02T03:00:00.000Z');
    const after = await app.ok(me, 'events.mine', {});
    expect(after.upcoming).toEqual([]);
    expect(after.history.map((m) => [m.event.title, m.event.status])).toEqual([
      ['取消报名的', 'open'],
      ['下周的', 'ended'],
      ['即将开始的', 'ended'],
    ]);
  });

  it('我的活动: someone a worker took off the list finds it under upcoming, with the worker’s reason', async () => {
    const [me] = await addResidents(app, 1);
    const eventId = await createEvent(app, { title: '被移出的课堂', startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T10:00:00+08:00' });
    const { signupId } = await app.ok(me, 'events.signUp', { eventId }, rid());
    await app.ok('demo-staff', 'events.removeSignup', { signupId, reason: '同一户已有家人报名' });
    const mine = await app.ok(me, 'events.mine', {});
    expect(mine.upcoming.map((m) => [m.event.title, m.signup.status, m.reason])).toEqual([['被移出的课堂', 'removed', '同一户已有家人报名']]);
  });

  it('我的活动: an event the community cancelled stays under upcoming until its day, with the reason', async () => {
    const [me] = await addResidents(app, 1);
    const called = await createEvent(app, { title: '改期的讲座', startsAt: '2026-12-04T09:00:00+08:00', endsAt: '2026-12-04T10:00:00+08:00' });
    await signUp(app, me, called);
    await app.ok('demo-staff', 'events.cancelEvent', { id: called, reason: '讲师临时有事' });
    const mine = await app.ok(me, 'events.mine', {});
    expect(mine.upcoming.map((m) => [m.event.title, m.event.status, m.reason])).toEqual([['改期的讲座', 'cancelled', '讲师临时有事']]);
    expect(mine.history).toEqual([]);
    app.clock.set('2026-12-04T03:00:00.000Z');
    expect((await app.ok(me, 'events.mine', {})).history.map((m) => m.event.title)).toEqual(['改期的讲座']);
  });

  it('rates an event once after it ends; the comment passes the content check', async () => {
    const eventId = await createEvent(app, { startsAt: '2026-11-25T19:00:00+08:00', endsAt: '2026-11-25T21:00:00+08:00' });
    const [a, b, outsider] = await addResidents(app, 3);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId);

    expect(await app.call(a, 'events.rate', { eventId, score: 5 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '活动结束后才能评价' } });
    app.clock.set('2026-11-25T14:00:00.000Z');
    expect((await app.ok(a, 'events.get', { id: eventId })).actions).toMatchObject({ rate: true });

    const before = await snapshot(app.db);
    expect(await app.call(a, 'events.rate', { eventId, score: 4, comment: '欢迎加入我们的博彩群' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'comment' } });
    expect(await app.call(a, 'events.rate', { eventId, score: 6 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'score' } });
    expect(await app.call(outsider, 'events.rate', { eventId, score: 5 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await snapshot(app.db)).toEqual(before);

    await app.ok(a, 'events.rate', { eventId, score: 5, comment: '老师讲得很好，希望多办' });
    await app.ok(b, 'events.rate', { eventId, score: 4 });
    expect(await app.call(a, 'events.rate', { eventId, score: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已评价过本活动' } });

    const detail = await app.ok(a, 'events.get', { id: eventId });
    expect(detail.my?.rating).toEqual({ score: 5, comment: '老师讲得很好，希望多办' });
    expect(detail.rating).toEqual({ count: 2, average: 4.5 });
    expect(detail.actions).toMatchObject({ rate: false, hint: '感谢您的评价' });
    const list = await app.ok('demo-staff', 'events.attendees', { eventId });
    expect(list.rating).toEqual({ count: 2, average: 4.5 });
  });

  it('the tick reminds everyone with a seat once, the day before', async () => {
    const eventId = await createEvent(app, { capacity: 1, startsAt: '2026-11-26T09:00:00+08:00', endsAt: '2026-11-26T10:00:00+08:00' });
    const [a, b] = await addResidents(app, 2);
    await signUp(app, a, eventId);
    await signUp(app, b, eventId, { waitlist: true });
    const reminders = () => app.db.selectFrom('notifications').select(['user_id', 'body']).where('kind', '=', 'event.reminder').where('page', '=', `/packages/events/detail/index?id=${eventId}`).execute();

    app.clock.set('2026-11-24T23:00:00.000Z'); // 26 hours before
    await runTick(app.rt);
    expect(await reminders()).toEqual([]);
    app.clock.set('2026-11-25T02:00:00.000Z'); // 23 hours before
    await runTick(app.rt);
    await runTick(app.rt);
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain('11月26日 周四 09:00–10:00');
    const told = await app.db.selectFrom('users').select('openid').where('id', '=', sent[0].user_id).executeTakeFirstOrThrow();
    expect(told.openid).toBe(a);
  });

  it('shows the detail of an event with hints a resident understands', async () => {
    const eventId = await createEvent(app, { signupOpensAt: '2026-11-26T09:00:00+08:00', cancelDeadline: '2026-11-28T17:00:00+08:00' });
    const notYet = await app.ok('demo-resident', 'events.get', { id: eventId });
    expect(notYet).toMatchObject({ status: 'notOpen', actions: { signUp: false, hint: '报名将于11月26日 09:00开始' }, organizer: '达尔罕社区老年协会', streetName: '哈巴格希街道' });
    app.clock.set('2026-11-26T02:00:00.000Z');
    await signUp(app, 'demo-resident', eventId);
    const joined = await app.ok('demo-resident', 'events.get', { id: eventId });
    expect(joined).toMatchObject({ mine: 'confirmed', seatsLeft: 19, my: { status: 'confirmed', partySize: 1, checkinCode: null }, actions: { cancel: true, hint: '11月28日 17:00前可取消报名' } });
    const staffView = await app.ok('demo-staff', 'events.get', { id: eventId });
    expect(staffView.canManage).toBe(true);
    expect(await app.call('demo-resident', 'events.get', { id: 987654 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
