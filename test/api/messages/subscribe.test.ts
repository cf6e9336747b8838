import { notify } from '../../../cloud/db/outbox';
import { MAX_CREDITS } from '../../../cloud/features/messages/data/credits';
import { PushRefused, type Notifier, type PushMessage } from '../../../cloud/platform/types';
import { runTick } from '../../../cloud/scheduler/tick';
import { createTestApp, inbox, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { createEvent, rid, signUp } from '../../support/events-fixtures';
import { bookingInput, createRoom, hm, requestId } from '../../support/venues';

// Subscribe messages go out only against what the person accepted in requestSubscribeMessage; every message is in
// 消息通知 whatever WeChat does.

const TEMPLATES = {
  event: { templateId: 'TPL_EVENT', fields: { subject: 'thing1', time: 'time2', place: 'thing3', status: 'phrase4' } },
  'booking.review': { templateId: 'TPL_REVIEW', longTerm: true, fields: { subject: 'thing1', time: 'time2', name: 'name3', status: 'phrase4' } },
  test: { templateId: 'TPL_TEST', fields: { title: 'thing1', time: 'time2' } },
};

/** WeChat as the outbox meets it: records pushes, or refuses every one with `refuse`. */
function wechat(refuse?: number) {
  const pushed: PushMessage[] = [];
  const notifier: Notifier = {
    async push(m) {
      if (refuse) throw new PushRefused(refuse, 'user refuse to accept the msg');
      pushed.push(m);
    },
  };
  return { pushed, notifier };
}

describe.each(dialectsUnderTest())('subscribe messages on %s', (dialect) => {
  let app: TestApp;
  let residentId: number;
  beforeEach(async () => {
    app = await createTestApp(dialect, { templates: TEMPLATES });
    residentId = (await app.ok('demo-resident', 'me.get', {})).id;
  });
  afterEach(() => app.close());

  const tick = (notifier: Notifier) => runTick({ ...app.rt, platform: { ...app.platform, notifier } });
  const subscribe = (openid: string, templateIds: string[], key = rid()) => app.call(openid, 'messages.subscribe', { templateIds }, key);
  const credit = (userId: number, templateId: string) =>
    app.db.selectFrom('subscribe_credits').select(['remaining', 'pushed']).where('user_id', '=', userId).where('template_id', '=', templateId).executeTakeFirst();
  const queue = (title: string) => notify(app.db, app.clock.now(), { userId: residentId, kind: 'test.hello', title, body: '内容' });
  const statuses = async () => (await inbox(app.db)).map((m) => [m.title, m.status]);

  it('pushes nothing to someone who never subscribed, and still keeps the message in 消息通知', async () => {
    await queue('未订阅');
    const w = wechat();
    await tick(w.notifier);
    expect(w.pushed).toEqual([]);
    expect(await statuses()).toEqual([['未订阅', 'in_app']]);
    expect((await app.ok('demo-resident', 'messages.list', {})).items.map((m) => m.title)).toEqual(['未订阅']);
  });

  it('one acceptance of a one-time template pushes one message; the next stays in the app', async () => {
    expect(await subscribe('demo-resident', ['TPL_TEST'])).toEqual({ ok: true, data: { templates: [{ templateId: 'TPL_TEST', longTerm: false, remaining: 1 }] } });
    await queue('第一条');
    await queue('第二条');
    const w = wechat();
    await Promise.all([tick(w.notifier), tick(w.notifier)]);
    expect(w.pushed.map((m) => m.data.thing1.value)).toEqual(['第一条']);
    expect(await statuses()).toEqual([
      ['第一条', 'sent'],
      ['第二条', 'in_app'],
    ]);
    expect(await credit(residentId, 'TPL_TEST')).toEqual({ remaining: 0, pushed: 1 });
  });

  it('counts each acceptance once (a retried report is the same request) and no more than MAX_CREDITS', async () => {
    const key = rid();
    await subscribe('demo-resident', ['TPL_TEST'], key);
    await subscribe('demo-resident', ['TPL_TEST'], key);
    expect(await credit(residentId, 'TPL_TEST')).toEqual({ remaining: 1, pushed: 0 });
    for (let i = 0; i < MAX_CREDITS + 3; i++) await subscribe('demo-resident', ['TPL_TEST', 'TPL_TEST']);
    expect((await credit(residentId, 'TPL_TEST'))?.remaining).toBe(MAX_CREDITS);
  });

  it('43101 is final: no retry, and what we counted for that template is cleared', async () => {
    for (let i = 0; i < 3; i++) await subscribe('demo-resident', ['TPL_TEST']);
    await queue('被拒');
    const refusing = wechat(43101);
    await tick(refusing.notifier);
    await tick(refusing.notifier);
    const [row] = await app.db.selectFrom('notifications').select(['status', 'attempts', 'error']).execute();
    expect(row).toEqual({ status: 'failed', attempts: 1, error: 'subscribeMessage.send 43101 user refuse to accept the msg' });
    expect(await credit(residentId, 'TPL_TEST')).toEqual({ remaining: 0, pushed: 1 });
    await queue('之后');
    const w = wechat();
    await tick(w.notifier);
    expect(w.pushed).toEqual([]);
  });

  it('fills the template with the event’s own time and place, not the moment the message was queued', async () => {
    const eventId = await createEvent(app, { title: '重阳节敬老文艺汇演', place: '党群服务中心多功能厅' });
    await signUp(app, 'demo-resident', eventId);
    await subscribe('demo-resident', ['TPL_EVENT']);
    await app.ok('demo-staff', 'events.cancelEvent', { id: eventId, reason: '场地检修' });
    const w = wechat();
    await tick(w.notifier);
    expect(w.pushed).toEqual([
      {
        openid: 'demo-resident',
        templateId: 'TPL_EVENT',
        page: `/packages/events/detail/index?id=${eventId}`,
        data: { thing1: { value: '重阳节敬老文艺汇演' }, time2: { value: '2026年11月28日 19:00' }, thing3: { value: '党群服务中心多功能厅' }, phrase4: { value: '已取消' } },
      },
    ]);
  });

  it('a worker who turned on 待审核 reminders (long-term) gets every booking to approve, with its own time', async () => {
    const hall = await createRoom(app, { name: '多功能厅', kind: 'center', capacity: 120, rules: { requiresApproval: true } });
    const staffId = (await app.ok('demo-staff', 'me.get', {})).id;
    expect(await subscribe('demo-staff', ['TPL_REVIEW'])).toMatchObject({ ok: true, data: { templates: [{ templateId: 'TPL_REVIEW', longTerm: true, remaining: 1 }] } });
    await app.ok('demo-resident', 'bookings.create', bookingInput(hall.id, '2026-11-27', hm(19), hm(21)), requestId());
    await app.ok('demo-resident', 'bookings.create', bookingInput(hall.id, '2026-11-28', hm(9), hm(10)), requestId());
    const w = wechat();
    await tick(w.notifier);
    expect(w.pushed.map((m) => [m.openid, m.templateId, m.page, m.data])).toEqual([
      ['demo-staff', 'TPL_REVIEW', '/packages/workbench/index', { thing1: { value: '多功能厅' }, time2: { value: '2026年11月27日 19:00' }, name3: { value: '王秀兰' }, phrase4: { value: '待审核' } }],
      ['demo-staff', 'TPL_REVIEW', '/packages/workbench/index', { thing1: { value: '多功能厅' }, time2: { value: '2026年11月28日 09:00' }, name3: { value: '王秀兰' }, phrase4: { value: '待审核' } }],
    ]);
    expect(await credit(staffId, 'TPL_REVIEW')).toEqual({ remaining: 1, pushed: 2 });
  });

  it('refuses a template the operator did not configure, or too many at once, and changes nothing', async () => {
    const before = await snapshot(app.db);
    expect(await subscribe('demo-resident', ['TPL_TEST', 'TPL_OTHER'])).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '没有这个消息提醒，请更新小程序后再试', field: 'templateIds' } });
    expect(await subscribe('demo-resident', ['a', 'b', 'c', 'd', 'e', 'f'])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '一次最多5个提醒' } });
    expect(await subscribe('demo-resident', [])).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '请至少选择一个提醒' } });
    expect(await snapshot(app.db)).toEqual(before);
  });
});
