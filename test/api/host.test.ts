import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHost, listen } from '../../cloud/host/server';
import { createTestApp, type TestApp } from '../support/api-app';

// The local host contract of DESIGN.md, over real HTTP. One dialect is enough: the router is tested on both.
describe('local host', () => {
  let app: TestApp;
  let server: http.Server;
  let base: string;
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-h5-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(staticRoot, 'index.html'), '<title>暖心社区</title>');
    app = await createTestApp('sqlite');
    server = createHost({ runtime: app.rt, staticRoot });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app.close();
  });

  const post = (p: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${base}${p}`, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers });

  it('answers POST /fn/api like callFunction: { result, errMsg, requestID }', async () => {
    const res = await post('/fn/api', JSON.stringify({ action: 'me.get', payload: {} }), { 'X-Dev-OpenId': 'demo-staff' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      result: { ok: true, data: expect.objectContaining({ role: 'worker', name: '赵丽娜' }) },
      errMsg: 'cloud.callFunction:ok',
      requestID: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('wraps a body that is not JSON in an INVALID_INPUT envelope', async () => {
    const body = await (await post('/fn/api', '{nope', { 'X-Dev-OpenId': 'demo-staff' })).json();
    expect(body.result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确' } });
  });

  it('is UNAUTHENTICATED without the header', async () => {
    const body = await (await post('/fn/api', JSON.stringify({ action: 'me.get' }))).json();
    expect(body.result.error.code).toBe('UNAUTHENTICATED');
  });

  it('stores an uploaded image and serves it back', async () => {
    const png = fs.readFileSync(path.resolve(__dirname, '../../src/assets/tab/me.png'));
    const up = await (await post('/upload', png, { 'X-Dev-OpenId': 'demo-resident', 'content-type': 'image/png' })).json();
    expect(up).toEqual({ ok: true, data: { fileId: expect.stringMatching(/^local:/), url: expect.stringMatching(/^\/files\//) } });
    const file = await fetch(`${base}${up.data.url}`);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    const refused = await post('/upload', 'hello', { 'X-Dev-OpenId': 'demo-resident', 'content-type': 'text/plain' });
    expect(refused.status).toBe(400);
    expect((await post('/upload', png, { 'content-type': 'image/png' })).status).toBe(401);
  });

  it('serves the H5 build and refuses paths outside it', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('暖心社区');
    expect((await fetch(`${base}/files/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});
