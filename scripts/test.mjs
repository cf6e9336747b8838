// npm test: every tier, in the order a failure is cheapest to find.
// typecheck → lint → unit + api + components (TZ=UTC) → contract fuzz → unit + api again (TZ=Asia/Shanghai)
// → weapp production build + budgets → simulate (dist/) → H5 build → e2e (Chromium).
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit, api, components (TZ=UTC)', 'npx', ['jest', '--selectProjects', 'unit', 'api', 'components'], { TZ: 'UTC' }],
  ['contract fuzz (every action, every role)', 'npx', ['jest', '--selectProjects', 'fuzz'], { TZ: 'UTC' }],
  ['unit, api (TZ=Asia/Shanghai)', 'npx', ['jest', '--selectProjects', 'unit', 'api'], { TZ: 'Asia/Shanghai' }],
  ['weapp production build', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }],
  ['budgets', 'node', ['scripts/budget.mjs']],
  ['simulate (dist/)', 'npx', ['jest', '--selectProjects', 'simulate']],
  ['H5 build', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  ['e2e (Chromium)', 'npx', ['jest', '--selectProjects', 'e2e', '--runInBand']],
];

if (!process.env.MYSQL_URL) {
  console.log('\nnote: MySQL API suite skipped: MYSQL_URL is not set (CI sets it; see .ci/run)\n');
}

const started = Date.now();
for (const [name, cmd, args, env] of steps) {
  const t = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${res.status ?? res.signal})`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nall tiers passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
