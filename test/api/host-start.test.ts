import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(30_000);

interface Started {
  child: ChildProcess;
  /** The URL the host printed. */
  base: string;
  stderr: () => string;
}

/** Starts cloud/host/start.ts as outside tools do and waits for the line with its URL. */
function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['cloud/host/start.ts'], {
    env: { ...process.env, HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise<Started>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /running: (http:\/\/[^/\s]+\/)/.exec(out);
      if (m) resolve({ child, base: m[1], stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}${err}`)));
  });
}

/** Whether something accepts TCP connections at host:port (loopback addresses only). */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const portOf = (base: string) => Number(new URL(base).port);

// The host as outside tools start it: PORT, DATABASE_URL and NUANXIN_NOW from the environment (DESIGN.md).
describe('cloud/host/start.ts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-host-'));
  const dbFile = path.join(dir, 'host.sqlite');
  let host: Started;
  let base = '';

  beforeAll(async () => {
    host = await start({ PORT: '0', DATABASE_URL: dbFile, NUANXIN_NOW: '2026-10-01T09:00:00+08:00', NUANXIN_DATA_DIR: dir });
    base = host.base;
  });
  afterAll(() => {
    host?.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints its URL, creates and seeds the database, and runs on the pinned clock', async () => {
    expect(base).toMatch(/^http:\/\/localhost:\d+\/$/);
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

  it('listens on 127.0.0.1 only: another address of the machine is refused, and no warning is printed', async () => {
    const port = portOf(base);
    expect(await accepts('127.0.0.1', port)).toBe(true);
    // A host bound to every interface (0.0.0.0 / ::) would take this one too.
    expect(await accepts('127.0.0.2', port)).toBe(false);
    expect(host.stderr()).not.toContain('X-Dev-OpenId');
  });
});

describe('cloud/host/start.ts with HOST', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-host-'));
  let host: Started;

  beforeAll(async () => {
    host = await start({ HOST: '127.0.0.2', PORT: '0', DATABASE_URL: path.join(dir, 'host.sqlite'), NUANXIN_DATA_DIR: dir });
  });
  afterAll(() => {
    host?.child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens where HOST says, prints that address, and nowhere else', async () => {
    expect(host.base).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    const res = await fetch(`${host.base}health`);
    expect(await res.json()).toEqual({ ok: true });
    expect(await accepts('127.0.0.1', portOf(host.base))).toBe(false);
    expect(host.stderr()).not.toContain('X-Dev-OpenId'); // still loopback: nothing to warn about
  });
});

describe('cloud/host/start.ts in a cloud function', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-host-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to start', async () => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['cloud/host/start.ts'], {
      env: { ...process.env, TENCENTCLOUD_RUNENV: 'SCF', HOST: '', PORT: '0', DATABASE_URL: path.join(dir, 'host.sqlite'), NUANXIN_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const outcome = await new Promise<string>((resolve) => {
      const read = (b: Buffer) => {
        out += b.toString();
        if (out.includes('is running')) resolve('running');
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => resolve(`exit ${code}`));
    });
    child.kill('SIGTERM');
    expect(outcome).toBe('exit 1');
    expect(out).toContain('never runs in the cloud');
  });
});
