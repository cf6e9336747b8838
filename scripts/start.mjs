// npm start: build the H5 app when the sources are newer than dist-h5/, then run the local host, which creates,
// migrates and seeds the SQLite database under var/ and prints the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const index = path.join(root, 'dist-h5', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(...['src', 'types', 'config'].map((d) => newest(path.join(root, d))));
if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < sources) {
  console.log('building the H5 app (about 20 s)…');
  const res = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    process.exit(res.status ?? 1);
  }
}

const host = spawn('npx', ['tsx', 'cloud/host/start.ts'], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => host.kill(sig));
host.on('exit', (code) => process.exit(code ?? 0));
