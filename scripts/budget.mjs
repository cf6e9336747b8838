// Budgets: the weapp main package (production build in dist/) at most 1.5× an empty Taro 4 React app built here with
// the project's own Taro, babel config and targets (issue 12), and the bundled cloud function loads in ≤ 200 ms outside
// the cloud. Prints the figures; exits 1 when over.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The goal (issue 12), and the ceiling npm test enforces (a ratchet: lower only; the main package reached the goal). */
const MAIN_RATIO = 1.5;
const MAIN_RATIO_CEILING = 1.5;
const LOAD_BUDGET_MS = 200;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');

function sizeOf(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = path.join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(p) : fs.statSync(p).size);
  }, 0);
}

/** A build's bytes that WeChat counts in the main package: everything but the subpackages and project.config.json. */
function mainPackageBytes(out, subpackageBytes) {
  const config = path.join(out, 'project.config.json');
  return sizeOf(out) - subpackageBytes - (fs.existsSync(config) ? fs.statSync(config).size : 0);
}

/**
 * The reference: one page showing one <View>, built for weapp in production by this project's Taro with its babel
 * config (so the same compile targets) in a scratch folder that borrows this project's node_modules.
 */
function emptyAppBytes() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nuanxin-empty-taro-'));
  try {
    const files = {
      'package.json': JSON.stringify({ name: 'empty-taro-app', private: true, version: '0.0.0' }),
      'project.config.json': JSON.stringify({ miniprogramRoot: 'dist/', appid: 'touristappid', compileType: 'miniprogram' }),
      'config/index.js': `module.exports = ${JSON.stringify({
        projectName: 'empty',
        designWidth: 750,
        deviceRatio: { 640: 1.17, 750: 1, 375: 2, 828: 0.905 },
        sourceRoot: 'src',
        outputRoot: 'dist',
        framework: 'react',
        compiler: { type: 'webpack5', prebundle: { enable: false } },
        logger: { quiet: true, stats: false },
        mini: { postcss: { pxtransform: { enable: true, config: {} } } },
      })};`,
      'src/app.config.js': "export default { pages: ['pages/index/index'], window: { navigationBarTitleText: 'empty' } };",
      'src/app.js': 'export default function App({ children }) { return children; }',
      'src/pages/index/index.config.js': 'export default {};',
      'src/pages/index/index.jsx': "import { View } from '@tarojs/components';\nexport default function Index() { return <View>hello</View>; }",
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    fs.copyFileSync(path.join(root, 'babel.config.js'), path.join(dir, 'babel.config.js'));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync(process.execPath, [path.join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'], {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return mainPackageBytes(path.join(dir, 'dist'), 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

if (!fs.existsSync(path.join(dist, 'app.json'))) {
  console.error('dist/ has no weapp build: run npm run build:weapp');
  process.exit(1);
}
const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
let sub = 0;
const rows = subRoots.map((r) => {
  const bytes = fs.existsSync(path.join(dist, r)) ? sizeOf(path.join(dist, r)) : 0;
  sub += bytes;
  return [r, bytes];
});
const mainBytes = mainPackageBytes(dist, sub);
const emptyBytes = emptyAppBytes();
const ratio = mainBytes / emptyBytes;
console.log(
  `weapp main package: ${kb(mainBytes)} = ${ratio.toFixed(2)}× an empty Taro app (${kb(emptyBytes)}); goal ${MAIN_RATIO}× (${kb(emptyBytes * MAIN_RATIO)}), fails above ${MAIN_RATIO_CEILING}×`,
);
for (const f of fs.readdirSync(dist).filter((f) => f.endsWith('.js'))) console.log(`  ${f}: ${kb(fs.statSync(path.join(dist, f)).size)}`);
for (const [r, bytes] of rows) console.log(`  subpackage ${r}: ${kb(bytes)}`);
if (ratio > MAIN_RATIO_CEILING) {
  console.error(`✖ main package over its ceiling by ${kb(mainBytes - emptyBytes * MAIN_RATIO_CEILING)} (${Math.ceil(mainBytes - emptyBytes * MAIN_RATIO_CEILING)} bytes)`);
  failed = true;
} else if (ratio > MAIN_RATIO) {
  console.log(`  (${kb(mainBytes - emptyBytes * MAIN_RATIO)} above the ${MAIN_RATIO}× goal)`);
} else {
  console.log(`  (${Math.floor(emptyBytes * MAIN_RATIO_CEILING - mainBytes)} bytes under the ceiling)`);
}

execFileSync('node', [path.join(root, 'scripts/build-cloud.mjs')], { stdio: 'inherit' });
const bundle = path.join(root, 'cloudfunctions/api/index.js');
const probe = `const t=process.hrtime.bigint();require(${JSON.stringify(bundle)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
const times = Array.from({ length: 5 }, () => {
  const res = spawnSync('node', ['-e', probe], { env: { ...process.env, TENCENTCLOUD_RUNENV: '' }, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`loading the bundle failed: ${res.stderr}`);
  return Number(res.stdout);
}).sort((a, b) => a - b);
const median = times[2];
console.log(`cloud function require(): median ${median.toFixed(1)} ms of 5 (budget ${LOAD_BUDGET_MS} ms)`);
if (median > LOAD_BUDGET_MS) {
  console.error('✖ cloud function loads too slowly');
  failed = true;
}
process.exit(failed ? 1 : 0);
