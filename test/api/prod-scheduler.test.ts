import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TickJob } from '../../cloud/core/job';
import { connect } from '../../cloud/db/connect';
import { notify } from '../../cloud/db/outbox';
import { cloudEntry, TICK_TRIGGER } from '../../cloud/main';
import { ManualClock, type Deadline } from '../../cloud/platform/clock';
import { silentLogger } from '../../cloud/platform/log';
import type { PushCredits } from '../../cloud/core/push-credits';
import { subscribeTemplates } from '../../cloud/platform/subscribe/templates';
import type { Logger, Platform, PushMessage } from '../../cloud/platform/types';
import { createWechatPlatform } from '../../cloud/platform/wechat';
import type { WxSdk } from '../../cloud/platform/wechat/sdk';
import { deliverOutbox, MAX_ATTEMPTS, OUTBOX_BATCH } from '../../cloud/scheduler/deliver-outbox';
import { OUTBOX_SHARE_MS, runTick } from '../../cloud/scheduler/tick';
import { createTestApp, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';

// The scheduler in the cloud: many ticks at once, invocations that die, and a time limit of 3 s.

const LEASE_MS = 60_000;
/** Everyone subscribed to everything: these tests are about the lease, not the credits (test/api/messages/subscribe.test.ts). */
const always: PushCredits = { take: async () => true, giveBack: async () => undefined, clear: async () => undefined };
const TEST_TEMPLATES = { test: { templateId: 'T_TEST', fields: { title: 'thing1' } } };

/** A notifier that records what it sent; `hold` makes the next delivery wait until released (a sender mid-call). */
function recorder() {
  const sent: string[] = [];
  let held: { started: () => void; release: Promise<void> } | null = null;
  const notifier = {
    async push(m: PushMessage) {
      if (held) {
        const h = held;
        held = null;
        h.started();
        await h.release;
      }
      // Let the other sender run between the claim and the end of the call.
      await new Promise((resolve) => setImmediate(resolve));
      sent.push(m.data.thing1.value);
    },
  };
  return {
    sent,
    notifier,
    hold() {
      let started!: () => void;
      let release!: () => void;
      const callStarted = new Promise<void>((resolve) => (started = resolve));
      held = { started, release: new Promise<void>((resolve) => (release = resolve)) };
      return { callStarted, release };
    },
  };
}

describe.each(dialectsUnderTest())('%s: the outbox', (dialect) => {
  let app: TestApp;
  let userId: number;
  beforeEach(async () => {
    app = await createTestApp(dialect, { templates: TEST_TEMPLATES });
    userId = (await app.ok('demo-resident', 'me.get', {})).id;
  });
  afterEach(() => app.close());

  const queue = async (n: number, title = '消息') => {
    for (let i = 0; i < n; i++) await notify(app.db, app.clock.now(), { userId, kind: 'test.lease', title: `${title}${i}`, body: '内容' });
  };
  const withNotifier = (notifier: Platform['notifier']): Platform => ({ ...app.platform, notifier });
  const rows = () => app.db.selectFrom('notifications').select(['title', 'status', 'attempts', 'lease_until', 'error']).orderBy('id').execute();
  /** A row as a sender that died mid-call leaves it. */
  const stuck = async (title: string, leaseUntil: string | null, attempts = 1) => {
    await queue(1, title);
    await app.db.updateTable('notifications').set({ status: 'sending', lease_until: leaseUntil, attempts }).where('title', '=', `${title}0`).execute();
  };

  it('two deliveries at once send each message once', async () => {
    await queue(10);
    const r = recorder();
    const counts = await Promise.all([deliverOutbox(app.db, withNotifier(r.notifier), { credits: always }), deliverOutbox(app.db, withNotifier(r.notifier), { credits: always })]);
    expect(counts[0] + counts[1]).toBe(10);
    expect([...r.sent].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `消息${i}`).sort());
    expect((await rows()).every((row) => row.status === 'sent' && row.lease_until === null)).toBe(true);
  });

  it('a row left in sending past its lease is sent by the next tick; within the lease it is not', async () => {
    await stuck('过期', new Date(app.clock.now().getTime() - 1000).toISOString());
    await stuck('租约内', new Date(app.clock.now().getTime() + LEASE_MS).toISOString());
    await stuck('旧行', null); // left in sending before leases existed
    const r = recorder();
    expect(await runTick({ ...app.rt, platform: withNotifier(r.notifier), pushCredits: always })).toMatchObject({ 'deliver-outbox': 2 });
    expect(r.sent.sort()).toEqual(['旧行0', '过期0']);
    expect((await rows()).map((row) => [row.title, row.status])).toEqual([
      ['过期0', 'sent'],
      ['租约内0', 'sending'],
      ['旧行0', 'sent'],
    ]);

    app.clock.advance(2);
    await runTick({ ...app.rt, platform: withNotifier(r.notifier), pushCredits: always });
    expect(r.sent).toContain('租约内0');
    expect((await rows()).every((row) => row.status === 'sent')).toBe(true);
  });

  it('a sender that died mid-call: nobody takes its row within the lease, the next tick after it does, and the dead sender cannot undo that', async () => {
    await queue(1, '断线');
    const dead = recorder();
    const call = dead.hold();
    const dying = deliverOutbox(app.db, withNotifier(dead.notifier), { leaseMs: LEASE_MS, credits: always });
    await call.callStarted; // claimed, and WeChat has not answered

    const other = recorder();
    expect(await deliverOutbox(app.db, withNotifier(other.notifier), { leaseMs: LEASE_MS, credits: always })).toBe(0);
    expect(await rows()).toMatchObject([{ status: 'sending', attempts: 1 }]);

    app.clock.advance(LEASE_MS / 60_000 + 1);
    expect(await deliverOutbox(app.db, withNotifier(other.notifier), { leaseMs: LEASE_MS, credits: always })).toBe(1);
    expect(other.sent).toEqual(['断线0']);
    const [sent] = await rows();
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lease_until: null });

    // The first sender comes back after all (here it had not died): its lease is gone, so the row stays as it is.
    call.release();
    await dying;
    expect(await rows()).toEqual([sent]);
  });

  it('a row whose senders died MAX_ATTEMPTS times fails without another send', async () => {
    await stuck('多次中断', new Date(app.clock.now().getTime() - 1000).toISOString(), MAX_ATTEMPTS);
    const r = recorder();
    await deliverOutbox(app.db, withNotifier(r.notifier), { credits: always });
    expect(r.sent).toEqual([]);
    expect(await rows()).toMatchObject([{ status: 'failed', error: '发送中断次数过多', lease_until: null }]);
  });

  it('sends a bounded batch per tick and leaves the rest for the next', async () => {
    await queue(OUTBOX_BATCH + 5);
    const r = recorder();
    expect(await deliverOutbox(app.db, withNotifier(r.notifier), { credits: always })).toBe(OUTBOX_BATCH);
    expect(await deliverOutbox(app.db, withNotifier(r.notifier), { credits: always })).toBe(5);
  });

  it('claims nothing once the deadline has passed; what it did not claim stays pending', async () => {
    await queue(3);
    let calls = 0;
    const deadline: Deadline = { remainingMs: () => (calls++ === 0 ? 1 : 0) };
    const r = recorder();
    expect(await deliverOutbox(app.db, withNotifier(r.notifier), { deadline, credits: always })).toBe(1);
    expect((await rows()).map((row) => row.status)).toEqual(['sent', 'pending', 'pending']);
  });
});

describe('the tick’s time budget', () => {
  /** A monotonic clock the jobs move. */
  let t = 0;
  const deadline: Deadline = { remainingMs: () => 2000 - t };
  const job = (name: string, takes: number, seen: Record<string, number>): TickJob => ({
    name,
    run: async (_db, _platform, _now, d) => {
      seen[name] = d.remainingMs();
      t += takes;
      return 1;
    },
  });
  const info: string[] = [];
  const log: Logger = { info: (m, extra) => info.push(`${m} ${JSON.stringify(extra)}`), error: () => {} };

  it('starts no feature job once only the outbox’s share is left, passes the deadline to every job, and still delivers', async () => {
    t = 0;
    const seen: Record<string, number> = {};
    const app = await createTestApp('sqlite');
    try {
      const rt = { db: app.db, platform: { ...app.platform, log }, jobs: [job('a', 1000, seen), job('b', 600, seen), job('c', 10, seen)], pushCredits: null };
      const done = await runTick(rt, { deadline });
      expect(Object.keys(done)).toEqual(['a', 'b', 'deliver-outbox']);
      expect(seen).toEqual({ a: 2000, b: 1000 });
      expect(2000 - 1600).toBeLessThanOrEqual(OUTBOX_SHARE_MS);
      expect(info.join('\n')).toContain('"skipped":["c"]');

      t = 2000;
      expect(await runTick(rt, { deadline })).toEqual({});
    } finally {
      await app.close();
    }
  });
});

describe('the cloud entry’s tick', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-tick-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.useRealTimers());

  it('stops sending ~2 s into a 3 s invocation and holds each row for a minute at least', async () => {
    // Only performance.now() is faked: the tick measures its budget on the monotonic clock, and a send "takes" 2.5 s.
    jest.useFakeTimers({
      doNotFake: ['Date', 'hrtime', 'nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    const url = path.join(dir, 'tick.sqlite');
    let context: { OPENID?: string; SOURCE?: string } = {};
    const leases: (string | null)[] = [];
    const probe = connect(url);
    const sdk: WxSdk = {
      getWXContext: () => context,
      openapi: {
        subscribeMessage: {
          send: async () => {
            leases.push((await probe.selectFrom('notifications').select('lease_until').where('status', '=', 'sending').executeTakeFirstOrThrow()).lease_until);
            jest.advanceTimersByTime(2500);
            return { errCode: 0 };
          },
        },
        security: { msgSecCheck: async () => ({ result: { suggest: 'pass', label: 100 } }) },
      },
      getTempFileURL: async () => ({ fileList: [] }),
    };
    const clock = new ManualClock('2026-11-25T02:00:00Z');
    const main = cloudEntry(() => ({
      databaseUrl: url,
      platform: createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates: subscribeTemplates(TEST_TEMPLATES) }),
      seedDemo: false,
    }));
    try {
      context = { OPENID: 'oWx_resident', SOURCE: 'wx_client' };
      const me = (await main({ action: 'me.get', payload: {} }, {})) as { data: { id: number } };
      for (const n of [1, 2, 3]) await main({ action: 'messages.subscribe', payload: { templateIds: ['T_TEST'] }, requestId: `subscribe-${n}` }, {});
      for (const title of ['一', '二', '三']) await notify(probe, clock.now(), { userId: me.data.id, kind: 'test.tick', title, body: '内容' });

      context = { SOURCE: 'wx_trigger' };
      const timer = { Type: 'Timer', TriggerName: TICK_TRIGGER, Time: '2026-11-25T02:00:00Z' };
      expect(await main(timer, { time_limit_in_ms: 3000 })).toMatchObject({ 'deliver-outbox': 1 });
      expect(await probe.selectFrom('notifications').select('status').orderBy('id').execute()).toEqual([{ status: 'sent' }, { status: 'pending' }, { status: 'pending' }]);
      expect(leases).toEqual([new Date(clock.now().getTime() + 60_000).toISOString()]);

      expect(await main(timer, { time_limit_in_ms: 3000 })).toMatchObject({ 'deliver-outbox': 1 });
      expect(await main(timer, { time_limit_in_ms: 3000 })).toMatchObject({ 'deliver-outbox': 1 });
      expect((await probe.selectFrom('notifications').select('status').execute()).every((r) => r.status === 'sent')).toBe(true);
    } finally {
      await probe.destroy();
      await main.close();
    }
  });
});
