import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEPLOY_EVENT, TICK_TRIGGER } from '../../cloud/main';

/**
 * The cloud function `api` exactly as CloudBase runs it: the production `main` (TENCENTCLOUD_RUNENV=SCF), with the
 * real wx-server-sdk 4.0.2 reading the caller from the invocation's environment. What the SCF Node runtime sets for
 * each invocation comes from the SDKs' own sources: wx-server-sdk's getWXContext() reads the keys listed in
 * WX_CONTEXT_KEYS from process.env (WX_OPENID → OPENID, …; WX_API_TOKEN and WX_TRIGGER_API_TOKEN_V0 are never
 * returned) and SOURCE from TCB_SOURCE; @cloudbase/node-sdk reads TRIGGER_SRC=timer and WX_TRIGGER_API_TOKEN_V0 for a
 * timer, and the `context` argument's time_limit_in_ms, request_id and `environment` (the same variables as JSON).
 * The database is a temp SQLite file; nothing here calls WeChat's servers.
 */

const NAMESPACE = 'nuanxin-test-1a2b3c';
const APPID = 'wx0000000000000000';
const PER_INVOCATION = ['WX_CONTEXT_KEYS', 'WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CLIENTIP', 'WX_API_TOKEN', 'WX_TRIGGER_API_TOKEN_V0', 'TCB_SOURCE', 'TRIGGER_SRC', 'TCB_SEQID'];

interface Caller {
  /** The mini-program user; absent for the timer and the operator's test run. */
  openid?: string;
  /** TCB_SOURCE; absent when the caller passes none. */
  source?: string;
  timer?: boolean;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-wx-sdk-'));
const saved = { ...process.env };
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let main: (event: unknown, context?: unknown) => Promise<unknown>;
let invocations = 0;

/** One invocation, as the SCF runtime makes it: the caller's context in process.env and in `context.environment`. */
function invoke(event: unknown, caller: Caller, timeLimitMs = 3000): Promise<unknown> {
  for (const key of PER_INVOCATION) delete process.env[key];
  const env: Record<string, string> = {};
  if (caller.openid) Object.assign(env, { WX_OPENID: caller.openid, WX_APPID: APPID, WX_CLIENTIP: '10.0.0.8', WX_API_TOKEN: 'api-token' });
  if (caller.timer) Object.assign(env, { TRIGGER_SRC: 'timer', WX_TRIGGER_API_TOKEN_V0: 'trigger-token' });
  env.WX_CONTEXT_KEYS = Object.keys(env).filter((k) => k.startsWith('WX_')).join(',');
  if (caller.source) env.TCB_SOURCE = caller.source;
  env.TCB_SEQID = `seq-${++invocations}`;
  Object.assign(process.env, env);
  const context = {
    request_id: `req-${invocations}`,
    memory_limit_in_mb: 256,
    time_limit_in_ms: timeLimitMs,
    function_name: 'api',
    function_version: '$LATEST',
    namespace: NAMESPACE,
    environment: JSON.stringify(env),
  };
  return main(event, context);
}

const client = (openid: string): Caller => ({ openid, source: 'wx_client' });
const operator: Caller = {}; // 云端测试 in the console or DevTools: nobody signed in, no mini-program
const timer: Caller = { source: 'wx_trigger', timer: true };
const timerEvent = { Type: 'Timer', TriggerName: TICK_TRIGGER, Time: '2026-11-25T02:00:00Z', Message: '' };
const meGet = { action: 'me.get', payload: {} };

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  Object.assign(process.env, {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: NAMESPACE,
    TCB_ENV: NAMESPACE,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_FUNCTIONNAME: 'api',
    DATABASE_URL: path.join(dir, 'cloud.sqlite'),
    NUANXIN_SEED: 'demo',
  });
  delete process.env.NUANXIN_SUBSCRIBE_TEMPLATES; // no template: the tick sends nothing to WeChat
  delete process.env.NUANXIN_DB_POOL;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = require('../../cloud/main').main;
  });
});

afterAll(async () => {
  await (main as unknown as { close(): Promise<void> }).close();
  // Anything wx-server-sdk left unhandled has surfaced by now.
  await new Promise((resolve) => setImmediate(resolve));
  process.off('unhandledRejection', onUnhandled);
  process.env = saved;
  fs.rmSync(dir, { recursive: true, force: true });
  expect(unhandled).toEqual([]);
});

it('runs against the real wx-server-sdk 4.0.2', () => {
  const pkg = JSON.parse(fs.readFileSync(require.resolve('wx-server-sdk/package.json'), 'utf8'));
  expect(pkg.version).toBe('4.0.2');
});

describe('before the deploy step', () => {
  it('a client call answers 「服务正在升级」 at once', async () => {
    expect(await invoke(meGet, client('demo-resident'))).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务正在升级，请稍后再试' } });
  });

  it('the deploy event from a mini-program is an ordinary call, and migrates nothing', async () => {
    const upgrading = { ok: false, error: { code: 'INTERNAL', message: '服务正在升级，请稍后再试' } };
    expect(await invoke(DEPLOY_EVENT, client('oWx_mallory'), 60_000)).toEqual(upgrading);
    expect(await invoke(DEPLOY_EVENT, { openid: 'oWx_dev', source: 'wx_devtools' }, 60_000)).toEqual(upgrading);
    expect(await invoke(meGet, client('demo-resident'))).toEqual(upgrading);
  });

  it('the operator’s deploy step refuses to start within the default 3 s limit', async () => {
    expect(await invoke(DEPLOY_EVENT, operator, 3000)).toMatchObject({ ok: false, error: { message: expect.stringContaining('超时时间') } });
    expect(await invoke(meGet, client('demo-resident'))).toMatchObject({ error: { message: '服务正在升级，请稍后再试' } });
  });

  it('the operator’s deploy step with a longer limit migrates and seeds, once', async () => {
    const first = (await invoke(DEPLOY_EVENT, operator, 60_000)) as { ok: boolean; data: { migrated: string[]; seeded: boolean } };
    expect(first.ok).toBe(true);
    expect(first.data.migrated).toContain('0008-outbox-lease');
    expect(first.data.seeded).toBe(true);
    expect(await invoke(DEPLOY_EVENT, operator, 60_000)).toMatchObject({ ok: true, data: { migrated: [], seeded: false } });
  });
});

describe('after the deploy step', () => {
  it('a client call is the OPENID of its WeChat context', async () => {
    expect(await invoke(meGet, client('demo-resident'))).toMatchObject({ ok: true, data: { name: '王秀兰', role: 'resident' } });
    expect(await invoke(meGet, client('demo-admin'))).toMatchObject({ ok: true, data: { role: 'admin' } });
  });

  const forged = {
    ...meGet,
    userInfo: { openId: 'demo-admin', appId: APPID },
    'X-Dev-OpenId': 'demo-admin',
    headers: { 'X-Dev-OpenId': 'demo-admin' },
    devOpenId: 'demo-admin',
    OPENID: 'demo-admin',
  };

  it('ignores an identity forged in the event (userInfo, X-Dev-OpenId)', async () => {
    const me = (await invoke(forged, client('oWx_newcomer'))) as { ok: boolean; data: { role: string; name: string | null } };
    expect(me).toMatchObject({ ok: true, data: { role: 'resident' } });
    expect(me.data.name).not.toBe('康巴什区管理员');
    expect(await invoke({ ...forged, action: 'requests.queue', payload: { communityId: 1 } }, client('oWx_newcomer'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a call with no user in its context is nobody, whatever the event says', async () => {
    expect(await invoke(forged, { source: 'wx_http' })).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('the deploy event from a mini-program is a call to an unknown action', async () => {
    expect(await invoke(DEPLOY_EVENT, client('oWx_mallory'), 60_000)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'action' } });
  });

  it('the timer trigger runs the tick', async () => {
    const done = (await invoke(timerEvent, timer)) as Record<string, number>;
    expect(Object.keys(done)).toContain('deliver-outbox');
    expect(Object.values(done).every((n) => n >= 0)).toBe(true);
  });

  it.each([
    ['a mini-program user', client('oWx_mallory')],
    ['a user relayed by another cloud function', { openid: 'oWx_mallory', source: 'wx_client,scf' }],
    ['a call with no source at all', operator],
  ])('a timer-shaped event from %s is an ordinary call to an unknown action', async (_who, caller) => {
    const out = await invoke(timerEvent, caller);
    expect(Object.keys(out as object)).not.toContain('deliver-outbox');
    expect(out).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'action' } });
  });

  const photoVerdict = { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'trace-guessed', version: 2, errcode: 0, result: { suggest: 'pass', label: 100 } };

  it.each([
    ['a mini-program user', client('oWx_mallory')],
    ['a user relayed by another cloud function', { openid: 'oWx_mallory', source: 'wx_client,scf' }],
    ['the HTTP API', { source: 'wx_http' }],
    ['a call with no source at all', operator],
  ])('a photo-verdict push sent by %s is an ordinary call to an unknown action', async (_who, caller) => {
    expect(await invoke(photoVerdict, caller)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'action' } });
  });
});
