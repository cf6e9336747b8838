import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloudEntry, TICK_TRIGGER } from '../../cloud/main';
import { ManualClock } from '../../cloud/platform/clock';
import { silentLogger } from '../../cloud/platform/log';
import { createWechatPlatform } from '../../cloud/platform/wechat';
import type { WxSdk } from '../../cloud/platform/wechat/sdk';

// The cloud entry: main(event, context) routes calls; only the platform's own timer trigger runs the scheduler tick.
describe('cloud main()', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-main-'));
  const saved = { ...process.env };

  beforeAll(() => {
    process.env.DATABASE_URL = path.join(dir, 'main.sqlite');
    process.env.NUANXIN_DATA_DIR = dir;
    process.env.NUANXIN_SEED = 'demo';
    delete process.env.TENCENTCLOUD_RUNENV;
  });
  afterAll(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a call with the envelope; outside WeChat nobody is signed in', async () => {
    const { main } = await import('../../cloud/main');
    expect(await main({ action: 'me.get', payload: {}, userInfo: { openId: 'forged' } }, {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
    expect(await main('not an object', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('treats a timer-shaped event from outside WeChat as an unknown action', async () => {
    const { main } = await import('../../cloud/main');
    expect(await main({ Type: 'Timer', TriggerName: TICK_TRIGGER }, {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '未知的操作', field: 'action' },
    });
  });

  describe('in the cloud', () => {
    let context: { OPENID?: string; SOURCE?: string } = {};
    const sdk: WxSdk = {
      getWXContext: () => context,
      openapi: { subscribeMessage: { send: jest.fn() }, security: { msgSecCheck: jest.fn() } },
      getTempFileURL: jest.fn(),
    };
    const main = cloudEntry(() => ({
      databaseUrl: path.join(dir, 'cloud.sqlite'),
      platform: createWechatPlatform({ clock: new ManualClock('2026-11-25T02:00:00Z'), log: silentLogger, sdk: () => sdk }),
      seedDemo: true,
    }));
    const timerEvent = { Type: 'Timer', TriggerName: TICK_TRIGGER, Time: '2026-11-25T02:00:00Z' };
    const isTick = (out: unknown) => Object.keys(out as object).includes('deliver-outbox');

    it('runs the tick when the timer trigger invoked it', async () => {
      context = { SOURCE: 'wx_trigger' };
      const done = (await main(timerEvent, {})) as Record<string, number>;
      expect(isTick(done)).toBe(true);
      // -1 marks a job that threw.
      expect(Object.values(done).every((n) => n >= 0)).toBe(true);
    });

    it.each([
      ['a mini-program user sending the timer event as callFunction data', { SOURCE: 'wx_client', OPENID: 'oWx_mallory' }],
      ['DevTools', { SOURCE: 'wx_devtools', OPENID: 'oWx_dev' }],
      ['another cloud function relaying a client call', { SOURCE: 'wx_client,scf', OPENID: 'oWx_mallory' }],
      ['a trigger context that carries a user', { SOURCE: 'wx_trigger', OPENID: 'oWx_mallory' }],
    ])('refuses %s: the event is an ordinary call to an unknown action', async (_who, ctx) => {
      context = ctx;
      const out = await main(timerEvent, {});
      expect(isTick(out)).toBe(false);
      expect(out).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'action' } });
    });

    it('runs no tick for a trigger it did not declare', async () => {
      context = { SOURCE: 'wx_trigger' };
      const out = await main({ ...timerEvent, TriggerName: 'someone-elses' }, {});
      expect(isTick(out)).toBe(false);
    });
  });
});

describe('the declared timer trigger', () => {
  it('is the one main() answers to', () => {
    const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cloudfunctions/api/config.json'), 'utf8'));
    expect(config.triggers.map((t: { name: string; type: string }) => [t.name, t.type])).toEqual([[TICK_TRIGGER, 'timer']]);
  });
});
