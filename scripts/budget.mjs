// Budgets (issue: foundation): weapp main package ≤ 600 KB (production build in dist/), and the bundled cloud
// function loads in ≤ 200 ms outside the cloud. Prints the figures; exits 1 when over.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const MAIN_BUDGET_KB = 600;
const LOAD_BUDGET_MS = 200;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');

function sizeOf(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = path.join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(p) : fs.statSync(p).size);
  }, 0);
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
const mainBytes = sizeOf(dist) - sub - (fs.existsSync(path.join(dist, 'project.config.json')) ? fs.statSync(path.join(dist, 'project.config.json')).size : 0);
console.log(`weapp main package: ${kb(mainBytes)} (budget ${MAIN_BUDGET_KB} KB)`);
for (const [r, bytes] of rows) console.log(`  subpackage ${r}: ${kb(bytes)}`);
if (mainBytes > MAIN_BUDGET_KB * 1024) {
  console.error(`✖ main package over budget by ${kb(mainBytes - MAIN_BUDGET_KB * 1024)}`);
  failed = true;
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
