import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(30_000);

// The host as outside tools start it: PORT, DATABASE_URL and NUANXIN_NOW from the environment (DESIGN.md).
describe('cloud/host/start.ts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-host-'));
  const dbFile = path.join(dir, 'host.sqlite');
  let child: ChildProcess;
  let base = '';

  beforeAll(async () => {
    child = spawn(path.resolve('node_modules/.bin/tsx'), ['cloud/host/start.ts'], {
      env: { ...process.env, PORT: '0', DATABASE_URL: dbFile, NUANXIN_NOW: '2026-10-01T09:00:00+08:00', NUANXIN_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /running: (http:\/\/localhost:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
    });
  });
  afterAll(() => {
    child?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints its URL, creates and seeds the database, and runs on the pinned clock', async () => {
    const res = await fetch(`${base}fn/api`, {
      method: 'POST',
      headers: { 'X-Dev-OpenId': 'first-timer' },
      body: JSON.stringify({ action: 'me.get', payload: {} }),
    });
    const body = await res.json();
    expect(body.result).toMatchObject({ ok: true, data: { role: 'resident' } });
    const seeded = await (
      await fetch(`${base}fn/api`, { method: 'POST', headers: { 'X-Dev-OpenId': 'demo-staff' }, body: JSON.stringify({ action: 'me.get' }) })
    ).json();
    expect(seeded.result.data.name).toBe('赵丽娜');

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require('better-sqlite3');
    const db = new Database(dbFile, { readonly: true });
    const user = db.prepare('select created_at from users where openid = ?').get('first-timer') as { created_at: string };
    db.close();
    expect(user.created_at.slice(0, 16)).toBe('2026-10-01T01:00');
  });
});
