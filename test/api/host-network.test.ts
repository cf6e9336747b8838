import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHost, exposureWarning, hostFromEnv, listen } from '../../cloud/host/server';
import { createTestApp, type TestApp } from '../support/api-app';

// The local host trusts X-Dev-OpenId (DESIGN.md "Trust boundaries"): it binds loopback only and sends no CORS headers.
describe('local host on the network', () => {
  let app: TestApp;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    app = await createTestApp('sqlite');
    server = createHost({ runtime: app.rt });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app.close();
  });

  it('listens on 127.0.0.1 only when no address is given', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('takes the address from HOST, and only from a non-empty HOST', () => {
    expect(hostFromEnv({})).toBe('127.0.0.1');
    expect(hostFromEnv({ HOST: '' })).toBe('127.0.0.1');
    expect(hostFromEnv({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(hostFromEnv({ HOST: '192.168.1.20' })).toBe('192.168.1.20');
  });

  it.each(['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1'])('stays quiet when bound to loopback %s', (address) => {
    expect(exposureWarning(address, 10086)).toBeNull();
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', '10.0.0.5', 'fe80::1'])('warns loudly when bound to %s', (address) => {
    const warning = exposureWarning(address, 10086);
    expect(warning).toContain('X-Dev-OpenId');
    expect(warning).toContain('demo-admin');
    expect(warning).toContain(address.includes(':') ? `[${address}]:10086` : `${address}:10086`);
  });

  const evil = { Origin: 'https://evil.example' };
  const corsHeaders = (res: Response) => {
    const names: string[] = [];
    res.headers.forEach((_value, name) => names.push(name));
    return names.filter((n) => n.startsWith('access-control-'));
  };

  it.each([
    ['POST /fn/api', '/fn/api', { method: 'POST', body: JSON.stringify({ action: 'me.get' }), headers: { ...evil, 'X-Dev-OpenId': 'demo-admin' } }],
    ['POST /upload', '/upload', { method: 'POST', body: 'x', headers: { ...evil, 'X-Dev-OpenId': 'demo-admin', 'content-type': 'image/png' } }],
    ['GET /health', '/health', { headers: evil }],
    ['GET /files/…', '/files/0123456789abcdef0123456789abcdef.png', { headers: evil }],
    ['OPTIONS /fn/api (a preflight)', '/fn/api', {
      method: 'OPTIONS',
      headers: { ...evil, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, x-dev-openid' },
    }],
  ] as [string, string, RequestInit][])('sends no CORS header to a foreign origin: %s', async (_name, p, init) => {
    const res = await fetch(`${base}${p}`, init);
    await res.arrayBuffer();
    expect(corsHeaders(res)).toEqual([]);
  });

  /** A request naming the host as `host` in the Host header, the way a browser does after DNS rebinding. */
  const withHost = (host: string, p: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request(`${base}${p}`, { method, headers: { Host: host, 'X-Dev-OpenId': 'demo-admin' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });

  it.each(['evil.example', 'evil.example:10086', 'localhost.evil.example'])(
    'refuses a request whose Host is a foreign name (%s): a rebound DNS name must not reach the API',
    async (host) => {
      const api = await withHost(host, '/fn/api', 'POST', JSON.stringify({ action: 'me.get', payload: {} }));
      expect(api.status).toBe(403);
      expect(api.body).not.toContain('demo-admin');
      expect(api.body).not.toContain('result');
      expect((await withHost(host, '/health')).status).toBe(403);
    },
  );

  it.each(['127.0.0.1:10086', 'localhost:10086', 'LOCALHOST', 'app.localhost:10086', '[::1]:10086', '192.168.1.20:10086'])(
    'answers when Host is this machine or an address (%s)',
    async (host) => {
      const api = await withHost(host, '/fn/api', 'POST', JSON.stringify({ action: 'me.get', payload: {} }));
      expect(api.status).toBe(200);
      expect(JSON.parse(api.body).result).toMatchObject({ ok: true, data: { role: 'admin' } });
    },
  );

  it('answers to the name HOST gave it', async () => {
    const named = createHost({ runtime: app.rt, allowedHost: 'lab-box.lan' });
    const port = await listen(named, 0);
    try {
      const res = await new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/health', headers: { Host: `lab-box.lan:${port}` } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }).on('error', reject);
      });
      expect(res).toBe(200);
    } finally {
      await new Promise((r) => named.close(r));
    }
  });

  it('treats OPTIONS like any other unknown request', async () => {
    const res = await fetch(`${base}/fn/api`, { method: 'OPTIONS', headers: evil });
    expect(res.status).toBe(404);
  });
});
