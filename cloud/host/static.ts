import type { IncomingMessage, ServerResponse } from 'node:http';
import send from 'send';

/**
 * Files from disk through `send`, which decodes the path (a malformed escape is 400), refuses `..` and anything
 * else that would leave its root (403), and answers ranges, ETag / If-None-Match and HEAD.
 */

const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;
const MISSING_BUILD = 'H5 版本尚未构建：请运行 npm run build:h5';
const REFUSALS: Record<number, string> = {
  400: '请求地址无效',
  403: '禁止访问',
  404: '未找到',
  412: '文件已变化',
  416: '请求的范围无效',
};

/** The path of a request target, still percent-encoded: `send` decodes it once, and only it. */
export function pathOfUrl(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

interface SendError {
  status?: number;
  headers?: Record<string, string>;
}

/**
 * Sends `urlPath` from under `root`, with `cacheControl` for the file sent. A missing file or a folder goes to
 * `onMissing`; any other refusal (400 malformed, 403 outside root, 416 bad range …) is answered here.
 */
function sendFrom(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
  cacheControl: (file: string) => string,
  onMissing: () => void,
): void {
  send(req, urlPath, { root, index: ['index.html'], dotfiles: 'ignore', cacheControl: false, etag: true, lastModified: true })
    .on('headers', (r: ServerResponse, file: string) => r.setHeader('Cache-Control', cacheControl(file)))
    .on('directory', onMissing)
    .on('error', (err: SendError) => (err.status === 404 ? onMissing() : refuse(res, err)))
    .pipe(res);
}

function refuse(res: ServerResponse, err: SendError): void {
  if (res.headersSent) return void res.destroy(); // the file failed mid-stream: nothing sensible left to say
  const status = err.status ?? 500;
  for (const [k, v] of Object.entries(err.headers ?? {})) res.setHeader(k, v);
  text(res, status, REFUSALS[status] ?? '服务暂时不可用');
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const h5Cache = (file: string) => (HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');

/** Serves the H5 build; unknown paths fall back to index.html (the H5 router may use browser history). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string): void {
  sendFrom(req, res, root, pathOfUrl(req.url ?? '/'), h5Cache, () =>
    sendFrom(req, res, root, '/index.html', h5Cache, () => text(res, 404, MISSING_BUILD)),
  );
}

/** Serves one stored upload by its (already validated) file name from the store's folder. */
export function serveStored(req: IncomingMessage, res: ServerResponse, dir: string, name: string): void {
  sendFrom(req, res, dir, `/${name}`, () => 'public, max-age=86400', () => text(res, 404, REFUSALS[404]));
}
