import fs from 'node:fs';
import path from 'node:path';

/**
 * What WeChat reads from app.json beyond its schema (scripts/wechat-checks.mjs checks the schema on the build):
 * every tab preloads the subpackages its taps lead to, each named by a real subpackage root, within WeChat's 2 MB per
 * page; and the sitemap app.json names exists and is copied into the build.
 */
type AppConfig = {
  tabBar: { list: { pagePath: string }[] };
  subPackages: { root: string; pages: string[] }[];
  preloadRule: Record<string, { network: 'all' | 'wifi'; packages: string[] }>;
  sitemapLocation: string;
};

const root = path.resolve(__dirname, '../..');
let config: AppConfig;

beforeAll(() => {
  // app.config.ts calls Taro's compile-time global.
  (globalThis as { defineAppConfig?: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  config = require('../../src/app.config').default;
});

it('preloads, for every tab, the subpackages that tab links to', () => {
  const tabs = config.tabBar.list.map((t) => t.pagePath).sort();
  expect(Object.keys(config.preloadRule).sort()).toEqual(tabs);
  const roots = config.subPackages.map((s) => s.root);
  for (const [page, rule] of Object.entries(config.preloadRule)) {
    expect(['all', 'wifi']).toContain(rule.network);
    for (const pkg of rule.packages) expect(roots).toContain(pkg);
    // A subpackage the tab's page links to is one it preloads.
    const source = fs.readFileSync(path.join(root, 'src', `${page}.tsx`), 'utf8');
    const linked = [...new Set([...source.matchAll(/\/(packages\/[a-z-]+)\//g)].map((m) => m[1]))];
    expect({ page, notPreloaded: linked.filter((pkg) => !rule.packages.includes(pkg)) }).toEqual({ page, notPreloaded: [] });
  }
});

it('names a sitemap that exists and that the weapp build copies', () => {
  const file = path.join(root, 'src', config.sitemapLocation);
  const sitemap = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(sitemap.rules.at(-1)).toEqual({ action: 'disallow', page: '*' });
  expect(fs.readFileSync(path.join(root, 'config/index.ts'), 'utf8')).toContain(`from: 'src/${config.sitemapLocation}'`);
});
