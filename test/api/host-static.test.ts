import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createHost, listen } from '../../cloud/host/server';
import { createTestApp, type TestApp } from '../support/api-app';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with the path sent exactly as written: fetch would normalise `..` and dot segments away. */
function raw(port: number, rawPath: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

// The H5 build at /, as `npm start` and the e2e tests serve it.
describe('local host: the H5 build', () => {
  // parent/dist-h5 is served; parent/dist-h5-secret and parent/outside.txt must never be.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-static-'));
  const root = path.join(parent, 'dist-h5');
  const INDEX = '<!doctype html><title>暖心社区</title>';
  const APP_JS = 'console.log("暖心社区 app bundle");\n'.repeat(20);
  let app: TestApp;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'js'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), INDEX);
    fs.writeFileSync(path.join(root, 'js', 'app.0123abcd.js'), APP_JS);
    fs.writeFileSync(path.join(root, 'js', 'plain.js'), 'console.log(1);');
    fs.mkdirSync(path.join(parent, 'dist-h5-secret'));
    fs.writeFileSync(path.join(parent, 'dist-h5-secret', 'secret.txt'), 'SIBLING-SECRET');
    fs.writeFileSync(path.join(parent, 'outside.txt'), 'OUTSIDE-SECRET');
    app = await createTestApp('sqlite');
    server = createHost({ runtime: app.rt, staticRoot: root });
    port = await listen(server, 0);
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app.close();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  const get = async (p: string, headers?: Record<string, string>) => {
    const res = await raw(port, p, { headers });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    return res;
  };

  it('serves index.html at / with no-cache, an ETag and nosniff', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.etag).toBeTruthy();
  });

  it('caches hashed bundles for a year and everything else not at all', async () => {
    const hashed = await get('/js/app.0123abcd.js');
    expect(hashed.status).toBe(200);
    expect(hashed.body).toBe(APP_JS);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect((await get('/js/plain.js')).headers['cache-control']).toBe('no-cache');
    expect((await get('/index.html?v=2')).headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for paths the H5 router owns', async () => {
    const res = await get('/pages/events/index');
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/%', '/index.html%', '/js/%E4%ZZ.js'])('answers 400 to a malformed escape: %s', async (p) => {
    const res = await get(p);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain('暖心社区');
  });

  it.each([
    '/../dist-h5-secret/secret.txt',
    '/%2e%2e/dist-h5-secret/secret.txt',
    '/..%2fdist-h5-secret%2fsecret.txt',
    '/%2E%2E%2Fdist-h5-secret%2Fsecret.txt',
    '/js/../../dist-h5-secret/secret.txt',
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/%2e%2e%2foutside.txt',
    '/..%5coutside.txt',
    '/js/%2e%2e/%2e%2e/outside.txt',
  ])('never serves a file outside the build: %s', async (p) => {
    const res = await get(p);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toMatch(/SECRET/);
  });

  it('reads an encoded absolute path as a path inside the build', async () => {
    const res = await get(`/${encodeURIComponent(path.join(parent, 'outside.txt'))}`);
    expect(res.body).not.toMatch(/SECRET/);
  });

  it('serves byte ranges of H5 files', async () => {
    const res = await get('/js/app.0123abcd.js', { Range: 'bytes=0-9' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-9/${Buffer.byteLength(APP_JS)}`);
    expect(res.body).toBe(APP_JS.slice(0, 10));
    expect(res.headers['accept-ranges']).toBe('bytes');
    const unsatisfiable = await get('/js/app.0123abcd.js', { Range: `bytes=${Buffer.byteLength(APP_JS) + 10}-` });
    expect(unsatisfiable.status).toBe(416);
  });

  it('answers If-None-Match with 304 while the file is unchanged', async () => {
    for (const p of ['/', '/js/app.0123abcd.js']) {
      const first = await get(p);
      const etag = first.headers.etag as string;
      const again = await get(p, { 'If-None-Match': etag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
      expect((await get(p, { 'If-None-Match': 'W/"something-else"' })).status).toBe(200);
    }
  });

  it('answers HEAD without a body', async () => {
    const res = await raw(port, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(res.body).toBe('');
  });

  it('says in Chinese that the H5 build is missing', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'nx-empty-h5-'));
    const bare = createHost({ runtime: app.rt, staticRoot: empty });
    const barePort = await listen(bare, 0);
    try {
      for (const p of ['/', '/pages/events/index']) {
        const res = await raw(barePort, p);
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.body).toBe('H5 版本尚未构建：请运行 npm run build:h5');
      }
    } finally {
      await new Promise((r) => bare.close(r));
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
