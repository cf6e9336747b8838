import type { RequestDetail } from '../../../types';
import { routeEvent } from '../../../cloud/main';
import type { Runtime } from '../../../cloud/core/runtime';
import { createWechatPlatform } from '../../../cloud/platform/wechat';
import type { WxSdk } from '../../../cloud/platform/wechat/sdk';
import { subscribeTemplates } from '../../../cloud/platform/subscribe/templates';
import { silentLogger } from '../../../cloud/platform/log';
import { createTestApp, inbox, snapshot, type TestApp } from '../../support/api-app';
import { dialectsUnderTest } from '../../support/databases';
import { goodRequest, newResident, newRid, standardUnits, type Units } from '../../support/requests-fixtures';

// Photos of a 暖心事 reach others only once WeChat's photo check (security.mediaCheckAsync v2) passed them; its verdict
// arrives as a message push to the `api` function, and only a genuine push counts.

const PHOTO = 'cloud://env-1.7465/requests/stairs.jpg';
const DONE_PHOTO = 'cloud://env-1.7465/requests/fixed.jpg';

describe.each(dialectsUnderTest())('photo checks on %s', (dialect) => {
  let app: TestApp;
  let units: Units;
  /** The WeChat context of the current invocation, as wx-server-sdk's getWXContext returns it. */
  let context: { OPENID?: string; SOURCE?: string } = {};
  let submitted: { mediaUrl: string; mediaType: number; version: number; openid: string; scene: number }[] = [];
  let submitAnswer: { errCode?: number; traceId?: string } = {};
  let rt: Runtime;

  beforeEach(async () => {
    app = await createTestApp(dialect);
    units = await standardUnits(app);
    submitted = [];
    let traces = 0;
    submitAnswer = {};
    const sdk: WxSdk = {
      getWXContext: () => context,
      openapi: {
        subscribeMessage: { send: async () => ({ errCode: 0 }) },
        security: {
          msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass', label: 100 } }),
          mediaCheckAsync: async (args) => {
            submitted.push(args);
            return { errCode: 0, traceId: `trace-${++traces}`, ...submitAnswer };
          },
        },
      },
      getTempFileURL: async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.split('/').pop()}`, status: 0 })) }),
    };
    const platform = createWechatPlatform({ clock: app.clock, log: silentLogger, sdk: () => sdk, templates: subscribeTemplates({}) });
    rt = { ...app.rt, platform };
  });
  afterEach(() => app.close());

  /** A call from the mini-program: WeChat names the caller. */
  const asClient = (openid: string, action: string, payload: unknown) => {
    context = { OPENID: openid, SOURCE: 'wx_client' };
    return routeEvent(rt, { action, payload, requestId: newRid() }) as Promise<{ ok: boolean; data?: RequestDetail; error?: { code: string; message: string } }>;
  };
  const get = async (openid: string, id: number) => (await asClient(openid, 'requests.get', { id })).data!;
  /** WeChat's result push for a photo (event wxa_media_check, v2). */
  const verdict = (traceId: string, suggest: 'pass' | 'risky' | 'review', label = suggest === 'pass' ? 100 : 20002) => ({
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oXYZ-platform',
    CreateTime: 1764468000,
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx0123456789abcdef',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label },
  });
  /** Delivered by WeChat's message push: the context names no mini-program caller. */
  const push = (body: unknown) => {
    context = { SOURCE: 'wx_msg' };
    return routeEvent(rt, body);
  };

  const order = async (resident: string) => {
    const res = await asClient(resident, 'requests.create', goodRequest({ photos: [PHOTO] }));
    expect(res.ok).toBe(true);
    return res.data!;
  };

  it('submits each photo with the uploader’s openid, scene and media type, and shows it to its uploader only until it passes', async () => {
    const resident = await newResident(app);
    const req = await order(resident);
    expect(submitted).toEqual([{ mediaUrl: 'https://tmp.example/stairs.jpg', mediaType: 2, version: 2, openid: resident, scene: 2 }]);
    expect(req).toMatchObject({ photos: [PHOTO], photosHidden: 0, status: 'pending' });
    expect(await get('demo-staff', req.id)).toMatchObject({ photos: [], photosHidden: 1 });

    expect(await push(verdict('trace-1', 'pass'))).toBe('success');
    expect(await get('demo-staff', req.id)).toMatchObject({ photos: [PHOTO], photosHidden: 0, status: 'pending' });
  });

  it('a risky photo stays hidden from everyone but its uploader, and the request waits for a worker’s review with the reason', async () => {
    const resident = await newResident(app);
    const req = await order(resident);
    await push(verdict('trace-1', 'risky', 20002));
    const staffView = await get('demo-staff', req.id);
    expect(staffView).toMatchObject({ photos: [], photosHidden: 1, status: 'reviewing', reviewLabel: '照片未通过内容安全检测（色情），已对他人隐藏，请查看后处理' });
    expect(await get(resident, req.id)).toMatchObject({ photos: [PHOTO], status: 'reviewing' });
    expect((await inbox(app.db)).filter((m) => m.kind === 'request.photoHeld').map((m) => [m.openid, m.title])).toEqual([['demo-staff', '暖心事照片待审核']]);
    // The worker lets the request go on; the photo stays hidden.
    const released = await asClient('demo-staff', 'requests.review', { id: req.id, target: 'request', decision: 'release' });
    expect(released.data).toMatchObject({ status: 'pending', photos: [], photosHidden: 1 });
  });

  it('refuses a push-shaped payload sent by a client, and a push nobody asked for, changing nothing', async () => {
    const resident = await newResident(app);
    const req = await order(resident);
    const before = await snapshot(app.db);
    context = { OPENID: resident, SOURCE: 'wx_client' };
    expect(await routeEvent(rt, verdict('trace-1', 'pass'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    context = { OPENID: resident, SOURCE: 'wx_client,scf' };
    expect(await routeEvent(rt, verdict('trace-1', 'pass'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    context = { SOURCE: 'wx_http' };
    expect(await routeEvent(rt, verdict('trace-1', 'pass'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await push(verdict('trace-unknown', 'pass'))).toBe('success');
    expect(await snapshot(app.db)).toEqual(before);
    expect(await get('demo-staff', req.id)).toMatchObject({ photos: [], photosHidden: 1 });

    // The first genuine verdict counts; a repeated or contradicting one changes nothing.
    await push(verdict('trace-1', 'pass'));
    await push(verdict('trace-1', 'risky'));
    expect(await get('demo-staff', req.id)).toMatchObject({ photos: [PHOTO], status: 'pending' });
  });

  it('a photo WeChat would not take for checking is held at once', async () => {
    submitAnswer = { errCode: 45009, traceId: undefined };
    const resident = await newResident(app);
    const req = await order(resident);
    expect(req).toMatchObject({ status: 'reviewing', photos: [PHOTO] });
    expect(await get('demo-staff', req.id)).toMatchObject({ photos: [], reviewLabel: expect.stringContaining('图片安全检测未能提交（45009）') });
  });

  it('a handler’s completion photos reach the resident only once they pass', async () => {
    const resident = await newResident(app);
    const req = await app.ok(resident, 'requests.create', goodRequest({ category: '家政维修' }), newRid());
    await app.ok('demo-staff', 'requests.dispatch', { id: req.id, unitId: units.repair }, newRid());
    await app.ok('handler-repair', 'requests.accept', { id: req.id }, newRid());
    const done = await asClient('handler-repair', 'requests.complete', { id: req.id, note: '更换了楼道灯的开关面板', photos: [DONE_PHOTO] });
    expect(done.ok).toBe(true);
    const step = (d: RequestDetail) => d.timeline.find((s) => s.kind === 'complete')!;
    expect(step(done.data!).photos).toEqual([DONE_PHOTO]);
    expect(step(await get(resident, req.id)).photos).toEqual([]);
    await push(verdict('trace-1', 'pass'));
    expect(step(await get(resident, req.id)).photos).toEqual([DONE_PHOTO]);
  });
});
