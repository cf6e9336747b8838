import fs from 'node:fs';
import type http from 'node:http';
import { createHost, listen } from '../../cloud/host/server';
import { imageKindOf, MAX_UPLOAD_BYTES } from '../../cloud/platform/local/storage';
import { createTestApp, type TestApp } from '../support/api-app';
import { dialectsUnderTest } from '../support/databases';
import { png } from '../support/png';

const PNG = png(2, 2, (x, y) => [x * 100, y * 100, 50]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 tiny jpeg body')]);
const GIF = Buffer.concat([Buffer.from('GIF89a', 'ascii'), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.from(';')]);
const WEBP = Buffer.concat([Buffer.from('RIFF', 'ascii'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8L tiny webp body', 'ascii')]);
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
const CHINESE = /[\u4e00-\u9fff]/;

describe('imageKindOf: the magic bytes of the four image types we take', () => {
  it.each([
    ['PNG', PNG, 'png'],
    ['JPEG', JPEG, 'jpg'],
    ['GIF89a', GIF, 'gif'],
    ['GIF87a', Buffer.from('GIF87a......', 'ascii'), 'gif'],
    ['WebP', WEBP, 'webp'],
    ['HTML', HTML, null],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['empty', Buffer.alloc(0), null],
    ['a PNG signature cut short', PNG.subarray(0, 7), null],
    ['two bytes of JPEG', Buffer.from([0xff, 0xd8]), null],
    ['GIF with an unknown version', Buffer.from('GIF88a......', 'ascii'), null],
    ['RIFF that is a WAVE', Buffer.from('RIFF\x1a\0\0\0WAVEfmt ', 'latin1'), null],
    ['RIFF too short for WEBP', Buffer.from('RIFF\x1a\0\0\0WEB', 'latin1'), null],
  ] as [string, Buffer, string | null][])('%s → %s', (_name, body, kind) => {
    expect(imageKindOf(body)).toBe(kind);
  });
});

// POST /upload (raw image body, content-type header, X-Dev-OpenId) and GET /files/<name> on the local host.
describe.each(dialectsUnderTest())('local host uploads on %s', (dialect) => {
  let app: TestApp;
  let server: http.Server;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    app = await createTestApp(dialect);
    server = createHost({ runtime: app.rt });
    base = `http://127.0.0.1:${await listen(server, 0)}`;
    dir = app.platform.storage.dir;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await app.close();
  });

  const upload = async (openid: string | null, body: Buffer, type: string, at = base) => {
    const headers: Record<string, string> = { 'content-type': type };
    if (openid !== null) headers['X-Dev-OpenId'] = openid;
    const res = await fetch(`${at}/upload`, { method: 'POST', body: new Uint8Array(body), headers });
    return { status: res.status, body: await res.json() };
  };
  const storedFiles = () => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
  const uploadRows = (openid: string) =>
    app.db
      .selectFrom('uploads')
      .innerJoin('users', 'users.id', 'uploads.user_id')
      .select(['uploads.name', 'uploads.bytes', 'uploads.local_date'])
      .where('users.openid', '=', openid)
      .execute();
  /** Registers a person the way the app does: the first API call. */
  const newPerson = async (openid: string) => {
    await app.ok(openid, 'me.get', {});
    return openid;
  };

  it.each([
    ['image/png', PNG],
    ['image/jpeg', JPEG],
    ['image/gif', GIF],
    ['image/webp', WEBP],
  ] as [string, Buffer][])('stores a %s whose bytes say so, records its owner and serves it back with nosniff', async (type, body) => {
    const openid = await newPerson(`uploader-${type.slice(6)}`);
    const up = await upload(openid, body, type);
    expect(up).toEqual({ status: 200, body: { ok: true, data: { fileId: expect.stringMatching(/^local:[0-9a-f]{32}\./), url: expect.any(String) } } });
    const name = up.body.data.fileId.slice('local:'.length);
    expect(await uploadRows(openid)).toEqual([{ name, bytes: body.length, local_date: '2026-11-25' }]);

    const file = await fetch(`${base}${up.body.data.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(type);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(body)).toBe(true);
  });

  it('sends nosniff with a /files miss too', async () => {
    const res = await fetch(`${base}/files/0123456789abcdef0123456789abcdef.png`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['HTML declared as PNG', HTML, 'image/png'],
    ['HTML declared as JPEG', HTML, 'image/jpeg'],
    ['a PNG declared as JPEG', PNG, 'image/jpeg'],
    ['a JPEG declared as PNG', JPEG, 'image/png'],
    ['a GIF declared as WebP', GIF, 'image/webp; charset=binary'],
  ] as [string, Buffer, string][])('refuses %s with 400 and stores nothing', async (_name, body, type) => {
    const before = storedFiles();
    const up = await upload('demo-resident', body, type);
    expect(up.status).toBe(400);
    expect(up.body).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(CHINESE) } });
    expect(storedFiles()).toEqual(before);
    expect(await uploadRows('demo-resident')).toEqual([]);
  });

  it('refuses an openid the database has never seen, and registers nobody', async () => {
    const before = storedFiles();
    const up = await upload('never-seen-before', PNG, 'image/png');
    expect([401, 403]).toContain(up.status);
    expect(up.body.error.message).toMatch(CHINESE);
    expect(await app.db.selectFrom('users').select('id').where('openid', '=', 'never-seen-before').execute()).toEqual([]);
    expect(storedFiles()).toEqual(before);
    expect((await upload(null, PNG, 'image/png')).status).toBe(401);
  });

  it('takes 50 uploads per person per Shanghai day, then 429 until the next local day', async () => {
    const openid = await newPerson('busy-uploader');
    for (let i = 0; i < 50; i++) expect((await upload(openid, PNG, 'image/png')).status).toBe(200);
    const before = storedFiles();
    const over = await upload(openid, PNG, 'image/png');
    expect(over.status).toBe(429);
    expect(over.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringMatching(CHINESE) } });
    expect(storedFiles()).toEqual(before);
    expect(await uploadRows(openid)).toHaveLength(50);

    // Someone else is not held back by it.
    expect((await upload('demo-handler', PNG, 'image/png')).status).toBe(200);

    // Counted in the database: a host started afresh on it still refuses.
    const again = createHost({ runtime: app.rt });
    const againBase = `http://127.0.0.1:${await listen(again, 0)}`;
    try {
      expect((await upload(openid, PNG, 'image/png', againBase)).status).toBe(429);
    } finally {
      await new Promise((r) => again.close(r));
    }

    // 23:59 in Shanghai is still the same day (the UTC date has long turned) …
    app.clock.set('2026-11-25T15:59:00.000Z');
    expect((await upload(openid, PNG, 'image/png')).status).toBe(429);
    // … and midnight in Shanghai opens a new one.
    app.clock.set('2026-11-25T16:00:00.000Z');
    expect((await upload(openid, PNG, 'image/png')).status).toBe(200);
    expect((await uploadRows(openid)).filter((r) => r.local_date === '2026-11-26')).toHaveLength(1);
    app.clock.set('2026-11-25T02:00:00.000Z');
  });

  it('takes at most 50 MB per person per day', async () => {
    const openid = await newPerson('big-uploader');
    // Largest allowed files: a PNG signature padded to the 5 MB limit.
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_UPLOAD_BYTES - PNG.length, 7)]);
    for (let i = 0; i < 10; i++) expect((await upload(openid, big, 'image/png')).status).toBe(200);
    const over = await upload(openid, PNG, 'image/png');
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    const rows = await uploadRows(openid);
    expect(rows.reduce((sum, r) => sum + Number(r.bytes), 0)).toBe(50 * 1024 * 1024);
  });

  it('lets exactly 50 of 60 simultaneous uploads through', async () => {
    const openid = await newPerson('burst-uploader');
    const results = await Promise.all(Array.from({ length: 60 }, () => upload(openid, PNG, 'image/png')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(await uploadRows(openid)).toHaveLength(50);
  });
});
