import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { browserPlan, mysqlPlan, type BrowserFacts, type MysqlFacts } from '../../../scripts/test-env.mjs';

const ROOT = path.resolve(__dirname, '../../..');

describe('browserPlan: what the e2e tier does about Chromium and the CJK fonts', () => {
  const machine: BrowserFacts = {
    chromiumPath: '/usr/bin/chromium',
    chromium: true,
    fonts: true,
    root: false,
    aptGet: true,
    required: false,
    updatingScreenshots: false,
  };

  it.each<[string, Partial<BrowserFacts>, ReturnType<typeof browserPlan>]>([
    ['everything there: runs', {}, { action: 'run' }],
    ['no Chromium, as root with apt-get: installs it', { chromium: false, root: true }, { action: 'install', packages: ['chromium'] }],
    ['nothing, as root: installs both', { chromium: false, fonts: false, root: true }, { action: 'install', packages: ['chromium', 'fonts-noto-cjk'] }],
    ['no fonts, as root: installs them', { fonts: false, root: true }, { action: 'install', packages: ['fonts-noto-cjk'] }],
    [
      'no Chromium, not root: skips, naming the command',
      { chromium: false },
      { action: 'skip', reason: 'Chromium is not at /usr/bin/chromium', enable: 'sudo apt-get install -y chromium' },
    ],
    [
      'no Chromium, the install tried and failed: skips',
      { chromium: false, root: true, installTried: true },
      { action: 'skip', reason: 'Chromium is not at /usr/bin/chromium', enable: 'apt-get install -y chromium' },
    ],
    [
      'no Chromium where CHROMIUM_PATH points: Debian’s package would not put it there, so skips even as root',
      { chromiumPath: '/opt/nowhere/chromium', chromium: false, root: true },
      {
        action: 'skip',
        reason: 'Chromium is not at /opt/nowhere/chromium (CHROMIUM_PATH)',
        enable: 'CHROMIUM_PATH=/path/to/chromium npm test (or unset CHROMIUM_PATH and apt-get install -y chromium fonts-noto-cjk)',
      },
    ],
    [
      'no Chromium, no apt-get: skips, saying what to install',
      { chromium: false, aptGet: false },
      {
        action: 'skip',
        reason: 'Chromium is not at /usr/bin/chromium',
        enable: "install chromium with the system's package manager, then CHROMIUM_PATH=/path/to/chromium npm test",
      },
    ],
    [
      'no Chromium and every tier required (CI): fails',
      { chromium: false, required: true },
      { action: 'fail', reason: 'Chromium is not at /usr/bin/chromium', enable: 'sudo apt-get install -y chromium' },
    ],
    [
      'no fonts, not root: runs, with a warning (the journeys read text, only the pictures suffer)',
      { fonts: false },
      { action: 'run', warning: 'no CJK fonts: Chinese renders as boxes in the screenshots (enable: sudo apt-get install -y fonts-noto-cjk)' },
    ],
    [
      'no fonts while updating the screenshots: fails (the pictures would be wrong)',
      { fonts: false, updatingScreenshots: true },
      { action: 'fail', reason: 'the CJK fonts (fonts-noto-cjk) are not installed', enable: 'sudo apt-get install -y fonts-noto-cjk' },
    ],
  ])('%s', (_name, facts, plan) => {
    expect(browserPlan({ ...machine, ...facts })).toEqual(plan);
  });
});

describe('mysqlPlan: where the API and fuzz tiers find MySQL/MariaDB', () => {
  const none: MysqlFacts = { mysqlUrl: undefined, answers: false, loginError: null, required: false };
  const enable = 'MYSQL_URL=mysql://user:password@127.0.0.1:3306/test npm test';

  it.each<[string, Partial<MysqlFacts>, ReturnType<typeof mysqlPlan>]>([
    ['MYSQL_URL set: it wins, nothing is probed', { mysqlUrl: 'mysql://u@db:3306/x', answers: true }, { action: 'given', url: 'mysql://u@db:3306/x' }],
    ['a local server lets root in: a scratch database for the run', { answers: true }, { action: 'scratch' }],
    ['nothing answers: SQLite only, said out loud', {}, { action: 'sqlite-only', reason: 'nothing answers on 127.0.0.1:3306 and MYSQL_URL is not set', enable }],
    [
      'a server that wants a password: SQLite only, with its answer',
      { answers: true, loginError: 'ER_ACCESS_DENIED_ERROR' },
      { action: 'sqlite-only', reason: 'the server on 127.0.0.1:3306 refused root without a password (ER_ACCESS_DENIED_ERROR)', enable },
    ],
    ['nothing answers, every tier required (CI): fails', { required: true }, { action: 'fail', reason: 'nothing answers on 127.0.0.1:3306 and MYSQL_URL is not set', enable }],
  ])('%s', (_name, facts, plan) => {
    expect(mysqlPlan({ ...none, ...facts })).toEqual(plan);
  });
});

describe('npm test -- --plan on this machine, with Chromium missing (CHROMIUM_PATH points where there is none)', () => {
  const plan = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/test.mjs', '--plan'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CHROMIUM_PATH: path.join(ROOT, 'test-results/no-chromium-here'), ...env },
    });

  it('skips the e2e tier loudly, naming what enables it, and runs the rest', () => {
    const res = plan({ MYSQL_URL: 'mysql://ci:secret@127.0.0.1:3306/test' });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('E2E SKIPPED: Chromium is not at');
    expect(res.stdout).toContain('To include it: CHROMIUM_PATH=/path/to/chromium npm test');
    expect(res.stdout).toMatch(/skip {2}e2e \(Chromium\)/);
    expect(res.stdout).toMatch(/run {3}H5 build/);
    // MYSQL_URL wins, and its password is not printed.
    expect(res.stdout).toContain("on MYSQL_URL's server (mysql://ci:***@127.0.0.1:3306/test)");
    expect(res.stdout).not.toContain('secret');
  });

  it('fails instead when every tier is required (CI)', () => {
    const res = plan({ MYSQL_URL: 'mysql://ci@127.0.0.1:3306/test', REQUIRE_ALL_TIERS: '1' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('REQUIRE_ALL_TIERS=1, but Chromium is not at');
  });
});
