import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function sendFile(res: ServerResponse, file: string, cache = 'no-cache'): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    'cache-control': cache,
  });
  fs.createReadStream(file).pipe(res);
  return true;
}

/** Serves the H5 build; unknown paths fall back to index.html (the H5 router may use browser history). */
export function serveStatic(res: ServerResponse, root: string, urlPath: string): void {
  const rel = decodeURIComponent(urlPath.split('?')[0]).replace(/^\/+/, '');
  const file = path.resolve(root, rel || 'index.html');
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end();
    return;
  }
  const hashed = /\.[0-9a-f]{8}\.(js|css)$/.test(file);
  if (sendFile(res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache')) return;
  if (!sendFile(res, path.join(root, 'index.html'))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('H5 版本尚未构建：请运行 npm run build:h5');
  }
}
