import { ManualClock } from '../../../cloud/platform/clock';
import { platformFromEnv } from '../../../cloud/platform/from-env';
import { silentLogger } from '../../../cloud/platform/log';
import { createWechatPlatform } from '../../../cloud/platform/wechat';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';
import { subscribeTemplates } from '../../../cloud/platform/subscribe/templates';
import { PushRefused } from '../../../cloud/platform/types';

function fakeSdk(overrides: Partial<{ suggest: 'pass' | 'review' | 'risky'; checkThrows: boolean; sendErr: number }> = {}) {
  const sent: unknown[] = [];
  const checked: unknown[] = [];
  const sdk: WxSdk = {
    getWXContext: () => ({ OPENID: 'oWx123' }),
    openapi: {
      subscribeMessage: {
        send: async (args) => {
          sent.push(args);
          return overrides.sendErr ? { errCode: overrides.sendErr, errMsg: 'user refuse to accept the msg' } : { errCode: 0 };
        },
      },
      security: {
        msgSecCheck: async (args) => {
          checked.push(args);
          if (overrides.checkThrows) throw new Error('system error');
          return { errCode: 0, result: { suggest: overrides.suggest ?? 'pass', label: overrides.suggest === 'risky' ? 20001 : 100 } };
        },
      },
    },
    getTempFileURL: async ({ fileList }) => ({
      fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.split('/').pop()}`, status: 0 })),
    }),
  };
  return { sdk, sent, checked };
}

const clock = new ManualClock('2026-11-28T01:00:00Z');
const templates = subscribeTemplates({
  'event.promoted': { templateId: 'TPL_PROMOTED', fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
});

describe('WeChat platform against a fake wx-server-sdk', () => {
  it.each([
    ['wx_client', false],
    ['wx_devtools', false],
    ['wx_client,scf', false],
    ['wx_http', false],
    ['wx_trigger', false],
    ['wx_localdebug', false],
    ['', false],
    [undefined, false],
    ['wx_msg', true],
  ])('counts an invocation with SOURCE %p as a WeChat message push: %p', (source, expected) => {
    const sdk = fakeSdk().sdk;
    sdk.getWXContext = () => ({ SOURCE: source });
    expect(createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates }).identity.invokedByMessagePush()).toBe(expected);
  });

  it('takes the caller from getWXContext only', () => {
    const { sdk } = fakeSdk();
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    expect(p.identity.openid({ devOpenId: 'demo-admin' })).toBe('oWx123');
  });

  it('pushes a subscribe message as given', async () => {
    const { sdk, sent } = fakeSdk();
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    const data = { thing1: { value: '候补成功' }, time3: { value: '2026年11月28日 19:00' } };
    await p.notifier.push({ openid: 'oWx123', templateId: 'TPL_PROMOTED', page: '/packages/events/detail/index?id=3', data });
    expect(sent).toEqual([{ touser: 'oWx123', templateId: 'TPL_PROMOTED', page: '/packages/events/detail/index?id=3', data, miniprogramState: 'formal' }]);
  });

  it('turns WeChat’s refusal into PushRefused, final for 43101, whether answered or thrown', async () => {
    const { sdk } = fakeSdk({ sendErr: 43101 });
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    const push = () => p.notifier.push({ openid: 'o', templateId: 'TPL_PROMOTED', page: null, data: {} });
    await expect(push()).rejects.toMatchObject({ code: 43101, final: true });
    const throwing = fakeSdk();
    throwing.sdk.openapi.subscribeMessage.send = async () => {
      throw Object.assign(new Error('errCode: -1 | errMsg: system error'), { errCode: -1 });
    };
    const p2 = createWechatPlatform({ clock, log: silentLogger, sdk: () => throwing.sdk, templates });
    const err = await p2.notifier.push({ openid: 'o', templateId: 'T', page: null, data: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PushRefused);
    expect(err).toMatchObject({ code: -1, final: false });
  });

  it('passes text that msgSecCheck v2 passes, and holds anything else or a failed check', async () => {
    const pass = fakeSdk();
    const p1 = createWechatPlatform({ clock, log: silentLogger, sdk: () => pass.sdk, templates });
    expect(await p1.contentCheck.check('楼道灯坏了，请帮忙修理', 'oWx123')).toEqual({ pass: true });
    expect(pass.checked).toEqual([{ openid: 'oWx123', scene: 2, version: 2, content: '楼道灯坏了，请帮忙修理' }]);

    const risky = fakeSdk({ suggest: 'risky' });
    const p2 = createWechatPlatform({ clock, log: silentLogger, sdk: () => risky.sdk, templates });
    expect((await p2.contentCheck.check('……', 'oWx123')).pass).toBe(false);

    const broken = fakeSdk({ checkThrows: true });
    const p3 = createWechatPlatform({ clock, log: silentLogger, sdk: () => broken.sdk, templates });
    expect(await p3.contentCheck.check('你好', 'oWx123')).toMatchObject({ pass: false, label: expect.stringContaining('失败') });
  });

  it('accepts cloud:// file ids only and turns them into temporary URLs', async () => {
    const { sdk } = fakeSdk();
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    expect(await p.storage.exists('cloud://env-1.7465/requests/a.jpg')).toBe(true);
    expect(await p.storage.exists('local:abc.jpg')).toBe(false);
    expect(await p.storage.url('cloud://env-1.7465/requests/a.jpg')).toBe('https://tmp.example/a.jpg');
  });

  it('is chosen in the cloud (SCF) and never elsewhere', () => {
    expect(platformFromEnv(silentLogger, { TENCENTCLOUD_RUNENV: 'SCF' }).name).toBe('wechat');
    expect(platformFromEnv(silentLogger, { NUANXIN_DATA_DIR: '/tmp/nx-unit' }).name).toBe('local');
  });

  it('does not load wx-server-sdk outside the cloud', () => {
    const p = createWechatPlatform({ clock, log: silentLogger, templates });
    expect(() => p.identity.openid({})).toThrow(/only available in the cloud/);
  });
});

describe('subscribe-message templates', () => {
  it('uses the kind’s own template, else its family’s, else the default', () => {
    const t = subscribeTemplates({
      'event.promoted': { templateId: 'PROMOTED', fields: { title: 'thing1' } },
      booking: { templateId: 'BOOKING', fields: { title: 'thing1' }, longTerm: true },
      default: { templateId: 'DEFAULT', fields: { title: 'thing1' } },
    });
    expect(['event.promoted', 'booking.approved', 'request.dispatched'].map((k) => t.forKind(k)?.templateId)).toEqual(['PROMOTED', 'BOOKING', 'DEFAULT']);
    expect(t.byId('BOOKING')).toMatchObject({ family: 'booking', longTerm: true });
    expect(t.byId('OTHER')).toBeNull();
    expect(subscribeTemplates({}).forKind('event.promoted')).toBeNull();
  });

  it('refuses a configuration that would send wrong messages', () => {
    expect(() => subscribeTemplates({ event: { fields: {} } })).toThrow(/templateId/);
    expect(() => subscribeTemplates({ event: { templateId: 'T', fields: { when: 'time1' } } })).toThrow(/unknown fact when/);
    expect(() => subscribeTemplates({ event: { templateId: 'T', fields: { time: 'time' } } })).toThrow(/not a WeChat key/);
  });
});
