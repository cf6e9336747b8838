import { ManualClock } from '../../../cloud/platform/clock';
import { platformFromEnv } from '../../../cloud/platform/from-env';
import { silentLogger } from '../../../cloud/platform/log';
import { createWechatPlatform } from '../../../cloud/platform/wechat';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';

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
const templates = {
  'event.promoted': { templateId: 'TPL_PROMOTED', fields: { title: 'thing1', body: 'thing2', time: 'time3' } },
};

describe('WeChat platform against a fake wx-server-sdk', () => {
  it('takes the caller from getWXContext only', () => {
    const { sdk } = fakeSdk();
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    expect(p.identity.openid({ devOpenId: 'demo-admin' })).toBe('oWx123');
  });

  it('sends a subscribe message with the template fields, clipped to 20 characters, time in Shanghai', async () => {
    const { sdk, sent } = fakeSdk();
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    await p.notifier.deliver({
      openid: 'oWx123',
      kind: 'event.promoted',
      title: '候补成功：重阳节敬老文艺汇演彩排（达尔罕社区）',
      body: '您已从候补转为正式报名',
      page: '/packages/events/detail/index?id=3',
      createdAt: '2026-11-28T01:00:00.000Z',
    });
    expect(sent).toEqual([
      {
        touser: 'oWx123',
        templateId: 'TPL_PROMOTED',
        page: '/packages/events/detail/index?id=3',
        data: {
          thing1: { value: '候补成功：重阳节敬老文艺汇演彩排（达尔…' },
          thing2: { value: '您已从候补转为正式报名' },
          time3: { value: '2026-11-28 09:00' },
        },
        miniprogramState: 'formal',
      },
    ]);
    expect((sent[0] as { data: { thing1: { value: string } } }).data.thing1.value).toHaveLength(20);
  });

  it('skips kinds without a template and reports a refused send as an error', async () => {
    const { sdk, sent } = fakeSdk({ sendErr: 43101 });
    const p = createWechatPlatform({ clock, log: silentLogger, sdk: () => sdk, templates });
    await p.notifier.deliver({ openid: 'o', kind: 'no.template', title: 't', body: 'b', page: null, createdAt: clock.now().toISOString() });
    expect(sent).toHaveLength(0);
    await expect(
      p.notifier.deliver({ openid: 'o', kind: 'event.promoted', title: 't', body: 'b', page: null, createdAt: clock.now().toISOString() }),
    ).rejects.toThrow(/43101/);
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

describe('subscribe-message templates by family', () => {
  it('uses the kind’s own template, else its family’s, else the default', async () => {
    const { sdk, sent } = fakeSdk();
    const p = createWechatPlatform({
      clock,
      log: silentLogger,
      sdk: () => sdk,
      templates: {
        'event.promoted': { templateId: 'PROMOTED', fields: { title: 'thing1' } },
        booking: { templateId: 'BOOKING', fields: { title: 'thing1' } },
        default: { templateId: 'DEFAULT', fields: { title: 'thing1' } },
      },
    });
    const send = (kind: string) => p.notifier.deliver({ openid: 'o', kind, title: 't', body: 'b', page: null, createdAt: clock.now().toISOString() });
    await send('event.promoted');
    await send('booking.approved');
    await send('request.dispatched');
    expect(sent.map((s) => (s as { templateId: string }).templateId)).toEqual(['PROMOTED', 'BOOKING', 'DEFAULT']);
  });
});
