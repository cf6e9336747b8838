// npm test: every tier, in the order a failure is cheapest to find.
// typecheck → lint → boundaries → unit + api + components (TZ=UTC) → contract fuzz → unit + api again (TZ=Asia/Shanghai)
// → weapp production build + budgets + WeChat's own checks → simulate (dist/) → H5 build → e2e (Chromium).
//
// What the machine lacks is set up or said out loud (scripts/test-env.mjs): the API and fuzz tiers also run on
// MySQL/MariaDB — MYSQL_URL's server, else a local one on 127.0.0.1:3306 in a scratch database dropped at the end;
// the e2e tier needs Chromium and CJK fonts — installed from Debian when running as root, else the tier is skipped
// with the command that enables it. REQUIRE_ALL_TIERS=1 (CI) turns every skip into a failure.
//
//   node scripts/test.mjs                 everything (npm test)
//   node scripts/test.mjs --screenshots   H5 build + e2e, rewriting docs/screenshots/ (npm run screenshots)
//   node scripts/test.mjs --plan          what would run on this machine, and why; runs nothing
import { spawn } from 'node:child_process';
import {
  aptInstall,
  browserFacts,
  browserPlan,
  createScratchDatabase,
  dropScratchDatabase,
  mysqlFacts,
  mysqlPlan,
} from './test-env.mjs';

const args = new Set(process.argv.slice(2));
const planOnly = args.has('--plan');
const screenshotsOnly = args.has('--screenshots');
const env = { ...process.env, ...(screenshotsOnly && { UPDATE_SCREENSHOTS: '1' }) };

const SIMULATE_TMPL_IDS = JSON.stringify({ event: 'TMPL_EVENT', booking: 'TMPL_BOOKING', request: 'TMPL_REQUEST' });

const ALL = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['boundaries (layers, seams, no import circles)', 'npx', ['depcruise', 'cloud', 'types', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']],
  ['unit, api, components (TZ=UTC)', 'npx', ['jest', '--selectProjects', 'unit', 'api', 'components'], { TZ: 'UTC' }],
  ['contract fuzz (every action, every role)', 'npx', ['jest', '--selectProjects', 'fuzz'], { TZ: 'UTC' }],
  ['unit, api (TZ=Asia/Shanghai)', 'npx', ['jest', '--selectProjects', 'unit', 'api'], { TZ: 'Asia/Shanghai' }],
  // Placeholder subscribe template ids (an operator's build carries real ones, README): the simulate tier answers
  // WeChat's subscribe prompt with them.
  ['weapp production build', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production', NUANXIN_SUBSCRIBE_TMPL_IDS: SIMULATE_TMPL_IDS }],
  ['budgets', 'node', ['scripts/budget.mjs']],
  ['WeChat checks (code quality, schemas, compilers)', 'node', ['scripts/wechat-checks.mjs']],
  ['simulate (dist/)', 'npx', ['jest', '--selectProjects', 'simulate']],
  ['H5 build', 'npx', ['taro', 'build', '--type', 'h5'], { NODE_ENV: 'production' }],
  ['e2e (Chromium)', 'npx', ['jest', '--selectProjects', 'e2e', '--runInBand']],
];
const E2E = 'e2e (Chromium)';
const USES_MYSQL = /^(unit, api|contract fuzz)/;
const steps = screenshotsOnly ? ALL.filter(([name]) => name === 'H5 build' || name === E2E) : ALL;

/** Said before the run and again after it, so a long run does not bury it. */
const notes = [];
const loud = (lines) => {
  const bar = '!'.repeat(100);
  return [bar, ...lines.map((l) => `!! ${l}`), bar].join('\n');
};

let scratch = null;
let child = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    // The tier runs in its own process group (npx → sh → tool → workers): stop all of it, then clean up below.
    if (child?.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    }
  });
}

async function prepare() {
  const skipped = new Set();
  if (!screenshotsOnly) {
    const plan = mysqlPlan(await mysqlFacts(env));
    if (plan.action === 'given') {
      console.log(`MySQL: the API and fuzz tiers run on SQLite and on MYSQL_URL's server (${redact(plan.url)})`);
    } else if (plan.action === 'scratch') {
      if (planOnly) console.log('MySQL: a local server answers on 127.0.0.1:3306: the API and fuzz tiers would run on it too, in a scratch database');
      else {
        scratch = await createScratchDatabase();
        env.MYSQL_URL = scratch.url;
        console.log(`MySQL: the API and fuzz tiers run on SQLite and on the local server, database ${scratch.name} (dropped at the end)`);
      }
    } else {
      const lines = [`SQLITE ONLY: the API and fuzz tiers do not run on MySQL/MariaDB: ${plan.reason}.`, `To include it: ${plan.enable}`];
      if (plan.action === 'fail') throw new Error(`REQUIRE_ALL_TIERS=1 and ${plan.reason}`);
      notes.push(loud(lines));
    }
  }

  let browser = browserPlan(browserFacts(env));
  if (browser.action === 'install') {
    if (planOnly) console.log(`e2e: would install from Debian first: ${browser.packages.join(' ')}`);
    else {
      console.log(`e2e: installing from Debian: ${browser.packages.join(' ')}`);
      aptInstall(browser.packages);
      browser = browserPlan({ ...browserFacts(env), installTried: true });
    }
  }
  if (browser.action === 'run' && browser.warning) notes.push(loud([`e2e: ${browser.warning}`]));
  if (browser.action === 'fail') {
    const why = screenshotsOnly || env.UPDATE_SCREENSHOTS === '1' ? 'the screenshots are to be updated' : 'REQUIRE_ALL_TIERS=1';
    throw new Error(`${why}, but ${browser.reason}. Enable it: ${browser.enable}`);
  }
  if (browser.action === 'skip') {
    skipped.add(E2E);
    notes.push(loud([`E2E SKIPPED: ${browser.reason}.`, `To include it: ${browser.enable}`]));
  }
  if (env.UPDATE_SCREENSHOTS === '1' && !skipped.has(E2E)) console.log('e2e: UPDATE_SCREENSHOTS=1: the screenshots rewrite docs/screenshots/');
  return skipped;
}

function run(cmd, cmdArgs, extraEnv) {
  return new Promise((resolve) => {
    child = spawn(cmd, cmdArgs, { stdio: 'inherit', env: { ...env, ...extraEnv }, detached: true });
    child.on('exit', (code, signal) => resolve(code ?? signal));
    child.on('error', (err) => resolve(err.message));
  });
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

async function main() {
  const started = Date.now();
  const skipped = await prepare();
  notes.forEach((n) => console.log(`\n${n}`));
  if (planOnly) {
    console.log('\nTiers:');
    for (const [name] of steps) console.log(`  ${skipped.has(name) ? 'skip' : 'run '}  ${name}`);
    return 0;
  }
  for (const [name, cmd, cmdArgs, extraEnv] of steps) {
    if (skipped.has(name)) {
      console.log(`\n━━ ${name} ━━ skipped (see the note above)`);
      continue;
    }
    const t = Date.now();
    console.log(`\n━━ ${name} ━━${env.MYSQL_URL && USES_MYSQL.test(name) ? ' (SQLite and MySQL)' : ''}`);
    const status = await run(cmd, cmdArgs, extraEnv);
    if (status !== 0 || interrupted) {
      console.error(interrupted ? `\n✖ interrupted during ${name}` : `\n✖ ${name} failed (exit ${status})`);
      return 1;
    }
    console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
  notes.forEach((n) => console.log(`\n${n}`));
  const what = skipped.size > 0 ? `all tiers passed except the skipped: ${[...skipped].join(', ')}` : screenshotsOnly ? 'screenshots written to docs/screenshots/' : 'all tiers passed';
  console.log(`\n${what} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`\n✖ ${err.message}`);
} finally {
  if (scratch) {
    await dropScratchDatabase(scratch.name).catch((err) => console.error(`could not drop the scratch database ${scratch.name}: ${err.message}`));
  }
}
process.exit(interrupted ? 130 : code);
