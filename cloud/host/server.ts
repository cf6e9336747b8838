import crypto from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiskStorage, MAX_UPLOAD_BYTES } from '../platform/local/storage';
import { dispatch, type Runtime } from '../router/router';
import { serveStatic, sendFile } from './static';

const MAX_BODY = 1024 * 1024;

export interface HostOptions {
  runtime: Runtime;
  /** The H5 build to serve at /, if any. */
  staticRoot?: string;
}

/**
 * The local host (DESIGN.md "Local host contract"): POST /fn/api with the body callFunction would send as `data`
 * and the caller in X-Dev-OpenId; the reply mirrors callFunction: `{ result, errMsg, requestID }`.
 * Also: POST /upload (raw image body) and GET /files/<name> for the local file store, and the H5 build at /.
 */
export function createHost(opts: HostOptions): http.Server {
  return http.createServer((req, res) => {
    handle(opts, req, res).catch((err) => {
      opts.runtime.platform.log.error('host error', { error: String(err?.stack ?? err) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

async function handle(opts: HostOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'content-type, x-dev-openid');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();

  if (req.method === 'POST' && url === '/fn/api') return callApi(opts.runtime, req, res);
  if (req.method === 'POST' && url === '/upload') return upload(opts.runtime, req, res);
  if (req.method === 'GET' && url.startsWith('/files/')) {
    const storage = opts.runtime.platform.storage;
    const file = storage instanceof DiskStorage ? storage.pathOf(url.slice('/files/'.length)) : null;
    if (!file || !sendFile(res, file, 'public, max-age=86400')) res.writeHead(404).end();
    return;
  }
  if (req.method === 'GET' && url === '/health') return json(res, 200, { ok: true });
  if (req.method === 'GET' && opts.staticRoot) return serveStatic(res, opts.staticRoot, url);
  res.writeHead(404).end();
}

async function callApi(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestID = crypto.randomUUID();
  const raw = await readBody(req, MAX_BODY);
  let data: unknown;
  try {
    data = raw === null ? undefined : JSON.parse(raw.toString('utf8'));
  } catch {
    data = undefined;
  }
  const devOpenId = header(req, 'x-dev-openid');
  const result =
    data === undefined
      ? { ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确' } }
      : await dispatch(rt, data, { devOpenId });
  json(res, 200, { result, errMsg: 'cloud.callFunction:ok', requestID });
}

async function upload(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const storage = rt.platform.storage;
  if (!(storage instanceof DiskStorage)) return json(res, 404, { ok: false });
  if (!rt.platform.identity.openid({ devOpenId: header(req, 'x-dev-openid') })) {
    return json(res, 401, { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  }
  const body = await readBody(req, MAX_UPLOAD_BYTES);
  const fileId = body && storage.save(body, header(req, 'content-type') ?? '');
  if (!fileId) return json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: '只能上传 5MB 以内的图片' } });
  json(res, 200, { ok: true, data: { fileId, url: await storage.url(fileId) } });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The body, or null when it is larger than `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) over = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });
}
