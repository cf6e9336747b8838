// What `npm test` (scripts/test.mjs) needs from the machine beyond Node, and what it does when a part is missing.
// The decisions are plain functions of the facts, tested as tables (test/unit/scripts/test-env.test.ts); the probes
// that gather the facts and the set-up steps follow them.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
/** Debian's Chromium and the CJK fonts (without them Chinese renders as boxes in the screenshots); .ci/run's list. */
export const BROWSER_PACKAGES = ['chromium', 'fonts-noto-cjk'];
export const LOCAL_MYSQL = { host: '127.0.0.1', port: 3306, user: 'root' };

/**
 * The e2e tier: Chromium (where CHROMIUM_PATH says, else Debian's /usr/bin/chromium) and CJK fonts.
 * Missing parts are installed where that needs nobody's say (root, apt-get, Debian's path); otherwise the tier is
 * skipped with the one command that enables it, or fails when every tier is required (REQUIRE_ALL_TIERS=1, CI) or
 * when the screenshots are being updated (pictures without the fonts would be wrong).
 * @param {{ chromiumPath: string, chromium: boolean, fonts: boolean, root: boolean, aptGet: boolean,
 *   required: boolean, updatingScreenshots: boolean, installTried?: boolean }} f
 * @returns {import('./test-env.d.mts').BrowserPlan}
 */
export function browserPlan(f) {
  const missing = BROWSER_PACKAGES.filter((p) => (p === 'chromium' ? !f.chromium : !f.fonts));
  if (missing.length === 0) return { action: 'run' };
  const debianPath = f.chromiumPath === DEFAULT_CHROMIUM;
  if (f.root && f.aptGet && !f.installTried && (debianPath || f.chromium)) return { action: 'install', packages: missing };
  if (f.chromium && !f.updatingScreenshots && !f.required) {
    return { action: 'run', warning: `no CJK fonts: Chinese renders as boxes in the screenshots (enable: ${aptCommand(f, ['fonts-noto-cjk'])})` };
  }
  const reason = f.chromium ? 'the CJK fonts (fonts-noto-cjk) are not installed' : `Chromium is not at ${f.chromiumPath}${debianPath ? '' : ' (CHROMIUM_PATH)'}`;
  const enable = f.chromium || debianPath ? aptCommand(f, missing) : `CHROMIUM_PATH=/path/to/chromium npm test (or unset CHROMIUM_PATH and ${aptCommand(f, BROWSER_PACKAGES)})`;
  return { action: f.required || f.updatingScreenshots ? 'fail' : 'skip', reason, enable };
}

function aptCommand(f, packages) {
  if (!f.aptGet) return `install ${packages.join(' and ')} with the system's package manager${packages.includes('chromium') ? ', then CHROMIUM_PATH=/path/to/chromium npm test' : ''}`;
  return `${f.root ? '' : 'sudo '}apt-get install -y ${packages.join(' ')}`;
}

/**
 * The API and fuzz tiers run on SQLite always, and on MySQL/MariaDB too: the server MYSQL_URL names (it wins), else a
 * local one that answers on 127.0.0.1:3306 to root without a password, in a scratch database made for the run.
 * @param {{ mysqlUrl: string | undefined, answers: boolean, loginError: string | null, required: boolean }} f
 * @returns {import('./test-env.d.mts').MysqlPlan}
 */
export function mysqlPlan(f) {
  if (f.mysqlUrl) return { action: 'given', url: f.mysqlUrl };
  if (f.answers && !f.loginError) return { action: 'scratch' };
  const reason = f.answers
    ? `the server on 127.0.0.1:3306 refused root without a password (${f.loginError})`
    : 'nothing answers on 127.0.0.1:3306 and MYSQL_URL is not set';
  return { action: f.required ? 'fail' : 'sqlite-only', reason, enable: 'MYSQL_URL=mysql://user:password@127.0.0.1:3306/test npm test' };
}

// ── probes and set-up ────────────────────────────────────────────────────────────────────────────────────────────

export function browserFacts(env = process.env) {
  const chromiumPath = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return {
    chromiumPath,
    chromium: isExecutable(chromiumPath),
    fonts: hasCjkFonts(),
    root: process.getuid?.() === 0,
    aptGet: isExecutable('/usr/bin/apt-get'),
    required: env.REQUIRE_ALL_TIERS === '1',
    updatingScreenshots: env.UPDATE_SCREENSHOTS === '1',
  };
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function hasCjkFonts() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execFileSync('fc-list', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

/** apt-get as .ci/run does it; true when it succeeded. */
export function aptInstall(packages) {
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', ...packages]);
}

/** Does anything accept a connection on 127.0.0.1:3306 (within a second), and does it let root in without a password? */
export async function mysqlFacts(env = process.env) {
  const facts = { mysqlUrl: env.MYSQL_URL || undefined, answers: false, loginError: null, required: env.REQUIRE_ALL_TIERS === '1' };
  if (facts.mysqlUrl) return facts;
  facts.answers = await new Promise((resolve) => {
    const socket = net.connect(LOCAL_MYSQL.port, LOCAL_MYSQL.host);
    const done = (ok) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
  if (facts.answers) {
    try {
      await adminQuery('SELECT 1');
    } catch (err) {
      facts.loginError = err.code ?? err.message;
    }
  }
  return facts;
}

/** A database for this run only (utf8mb4, an explicit collation MySQL 8 and MariaDB both know); returns its URL. */
export async function createScratchDatabase() {
  const name = `nx_run_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return { name, url: `mysql://${LOCAL_MYSQL.user}@${LOCAL_MYSQL.host}:${LOCAL_MYSQL.port}/${name}` };
}

export function dropScratchDatabase(name) {
  return adminQuery(`DROP DATABASE IF EXISTS \`${name}\``);
}

async function adminQuery(statement) {
  const { default: mysql } = await import('mysql2/promise');
  const conn = await mysql.createConnection({ ...LOCAL_MYSQL, password: '', connectTimeout: 3000 });
  try {
    await conn.query(statement);
  } finally {
    await conn.end();
  }
}
