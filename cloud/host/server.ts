import crypto from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { checkImage, DiskStorage, MAX_UPLOAD_BYTES } from '../platform/local/storage';
import { deadlineAfter, monotonicMs } from '../platform/clock';
import { callBudgetMs, dispatch, type Runtime } from '../router/router';
import { pathOfUrl, serveStatic, serveStored } from './static';
import { knownUserId, recordUpload } from './uploads';

const MAX_BODY = 1024 * 1024;

export interface HostOptions {
  runtime: Runtime;
  /** The H5 build to serve at /, if any. */
  staticRoot?: string;
  /** A host name (HOST) to answer to besides localhost and IP addresses. */
  allowedHost?: string;
}

/**
 * The local host (DESIGN.md "Local host contract"): POST /fn/api with the body callFunction would send as `data`
 * and the caller in X-Dev-OpenId; the reply mirrors callFunction: `{ result, errMsg, requestID }`.
 * Also: POST /upload (raw image body) and GET /files/<name> for the local file store, and the H5 build at /.
 *
 * It believes whatever X-Dev-OpenId says, so it must only be reachable from this machine: `listen` binds loopback
 * unless told otherwise, and no response carries CORS headers (the H5 app is served from this same origin), so no
 * web page from elsewhere can drive it from a browser. A request whose Host header names some other domain is
 * refused too: that is how a page whose DNS name was rebound to 127.0.0.1 would reach it. It never runs in the cloud.
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
  const p = pathOfUrl(req.url ?? '/');
  const read = req.method === 'GET' || req.method === 'HEAD';
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (!isOwnHostHeader(req.headers.host, opts.allowedHost)) {
    return void res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('只接受本机或 IP 地址的访问');
  }

  if (req.method === 'POST' && p === '/fn/api') return callApi(opts.runtime, req, res);
  if (req.method === 'POST' && p === '/upload') return upload(opts.runtime, req, res);
  if (read && p.startsWith('/files/')) {
    const storage = opts.runtime.platform.storage;
    const name = p.slice('/files/'.length);
    if (storage instanceof DiskStorage && storage.pathOf(name)) return serveStored(req, res, storage.dir, name);
    return void res.writeHead(404).end();
  }
  if (read && p === '/health') return json(res, 200, { ok: true });
  if (read && opts.staticRoot) return serveStatic(req, res, opts.staticRoot);
  res.writeHead(404).end();
}

/** The local host gives a call what a cloud function gets by default (3 s), so it behaves the same under a rush. */
const HOST_TIME_LIMIT_MS = 3_000;
/**
 * A call's clock starts when the host reads it, but the resident's started when they tapped: under a burst the request
 * first waits unseen in the socket's queue, and the reply waits its turn to be written. Kept out of the call's budget,
 * so whoever cannot be served in time is told 「人多，请稍后再试」 within the 3 s, not served after them.
 */
const UNSEEN_QUEUE_MS = 300;

async function callApi(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const deadline = deadlineAfter(monotonicMs(), callBudgetMs(HOST_TIME_LIMIT_MS) - UNSEEN_QUEUE_MS);
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
      : await dispatch(rt, data, { devOpenId, deadline });
  json(res, 200, { result, errMsg: 'cloud.callFunction:ok', requestID });
}

/**
 * POST /upload: a raw image body of the declared content-type, from a person the database already knows, within
 * their daily quota (uploads.ts). Replies `{ ok: true, data: { fileId, url } }` or `{ ok: false, error }`.
 */
async function upload(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const storage = rt.platform.storage;
  if (!(storage instanceof DiskStorage)) return json(res, 404, { ok: false });
  const openid = rt.platform.identity.openid({ devOpenId: header(req, 'x-dev-openid') });
  if (!openid) return refuse(res, 401, 'UNAUTHENTICATED', '请先登录');
  const userId = await knownUserId(rt.db, openid);
  if (userId === null) return refuse(res, 403, 'FORBIDDEN', '请先登录小程序，再上传图片');

  const body = await readBody(req, MAX_UPLOAD_BYTES);
  const checked = body ? checkImage(body, header(req, 'content-type') ?? '') : null;
  if (!body || !checked?.ok) {
    const mismatch = checked?.ok === false && checked.reason === 'content';
    return refuse(res, 400, 'INVALID_INPUT', mismatch ? '图片内容与格式不符，请重新选择图片' : '只能上传 5MB 以内的 JPG、PNG、GIF 或 WebP 图片');
  }
  const name = storage.newName(checked.kind);
  const at = rt.platform.clock.now();
  if (!(await recordUpload(rt.db, { userId, name, bytes: body.length, at }, () => storage.write(name, body)))) {
    return refuse(res, 429, 'RATE_LIMITED', '今天上传的图片已达上限，请明天再试');
  }
  const fileId = `local:${name}`;
  json(res, 200, { ok: true, data: { fileId, url: await storage.url(fileId) } });
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  json(res, status, { ok: false, error: { code, message } });
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

/** Where the host listens: loopback unless HOST says otherwise (for a trusted lab network only). */
export const LOOPBACK = '127.0.0.1';

export function hostFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOST?.trim() || LOOPBACK;
}

/** Listens on `host` (loopback by default, never every interface unless asked) and resolves with the port. */
export function listen(server: http.Server, port: number, host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Whether a Host header names this host: localhost (or a *.localhost name), an IP address, or the name HOST gave.
 * Any other name may be a DNS-rebinding page; browsers always send Host, so a missing one is no such page.
 */
export function isOwnHostHeader(host: string | undefined, allowedHost?: string): boolean {
  if (host === undefined) return true;
  const name = (host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '')).toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || net.isIP(name) !== 0 || name === allowedHost?.toLowerCase();
}

/** Whether a bound address is reachable from this machine only. */
export function isLoopback(address: string): boolean {
  const v4 = address.toLowerCase().replace(/^::ffff:/, '');
  return (net.isIPv4(v4) && v4.startsWith('127.')) || address === '::1' || address === 'localhost';
}

const hostPort = (address: string, port: number) => (address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`);

/** The URL to print: localhost when the host is reachable there, else the address it is bound to. */
export function urlFor(address: string, port: number): string {
  const local = address === LOOPBACK || address === '0.0.0.0' || address === '::' || address === 'localhost';
  return `http://${local ? `localhost:${port}` : hostPort(address, port)}/`;
}

/** A loud warning when the host is bound anywhere but loopback, else null. */
export function exposureWarning(address: string, port: number): string | null {
  if (isLoopback(address)) return null;
  const bar = '!'.repeat(100);
  return [
    bar,
    `!! WARNING: the local host is listening on ${hostPort(address, port)}, not on loopback only.`,
    '!! It believes the X-Dev-OpenId header: anyone who can reach this address can act as any person,',
    '!! demo-admin included, and read or change every record. Use HOST only on a trusted lab network;',
    '!! unset HOST to listen on 127.0.0.1 only.',
    `!! 警告：本地主机正在 ${hostPort(address, port)} 上监听，且信任 X-Dev-OpenId 请求头：能访问该地址的任何人都能冒充任何用户（包括管理员）。`,
    bar,
  ].join('\n');
}
