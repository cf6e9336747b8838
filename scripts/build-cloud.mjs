// Bundles cloud/main.ts into cloudfunctions/api/ (index.js + package.json + config.json) for DevTools' 上传并部署.
// mysql2 and wx-server-sdk stay external: CloudBase installs them from package.json; better-sqlite3 never ships.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'cloudfunctions', 'api');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const result = await build({
  entryPoints: [path.join(root, 'cloud', 'main.ts')],
  outfile: path.join(out, 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  external: ['wx-server-sdk', 'mysql2', 'better-sqlite3'],
  metafile: true,
  logLevel: 'warning',
});

fs.writeFileSync(
  path.join(out, 'package.json'),
  `${JSON.stringify(
    {
      name: 'api',
      version: pkg.version,
      private: true,
      description: '暖心社区 API：一个云函数，一个路由',
      main: 'index.js',
      dependencies: { 'wx-server-sdk': '4.0.2', mysql2: pkg.dependencies.mysql2 },
    },
    null,
    2,
  )}\n`,
);

const bytes = fs.statSync(path.join(out, 'index.js')).size;
const bundled = Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules'));
if (bundled.some((f) => f.includes('better-sqlite3'))) throw new Error('better-sqlite3 must not be bundled');
console.log(`cloudfunctions/api/index.js: ${(bytes / 1024).toFixed(1)} KB (${bundled.length} files from node_modules)`);
