import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The cloud entry: main(event, context) routes calls, and a timer-trigger event runs the scheduler tick.
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

  it('runs the tick for the timer trigger', async () => {
    const { main } = await import('../../cloud/main');
    const done = (await main({ Type: 'Timer', TriggerName: 'tick', Time: '2026-11-25T02:00:00Z' }, {})) as Record<string, number>;
    expect(Object.keys(done)).toContain('deliver-outbox');
    // -1 marks a job that threw.
    expect(Object.values(done).every((n) => n >= 0)).toBe(true);
  });
});
