const fs = require('fs');
const { installHost, renderPage, waitFor, text, DIST } = require('./harness');
const { appPages } = require('./app-pages');

/**
 * Every page of every subpackage, as WeChat would run it from dist/: each renders its root and something a person can
 * read (content, or its loading, empty or error state), without an exception or a console error. The API answers who
 * I am (a worker, so that staff pages get past their role check) and refuses the rest, as a network error would.
 */
const worker = {
  id: 3,
  role: 'worker',
  name: '李娜',
  phone: '13847700003',
  address: '',
  community: { id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' },
  staffCommunities: [{ id: 1, name: '达尔罕社区', streetId: 1, streetName: '哈巴格希街道', districtName: '康巴什区' }],
};
/** What pages opened from a link carry: an id, a room, a day and slots. */
const QUERY = { id: '1', eventId: '1', venueId: '1', unitId: '1', date: '2026-11-26', start: '1080', end: '1200', mode: 'resident' };

const pages = appPages();

describe('every page of the built app (dist/, miniprogram-simulate)', () => {
  const consoleErrors = [];
  let spy;

  beforeAll(() => {
    if (!fs.existsSync(`${DIST}/app.json`)) throw new Error('dist/ is missing: run npm run build:weapp first');
    const built = JSON.parse(fs.readFileSync(`${DIST}/app.json`, 'utf8'));
    const builtPages = [...built.pages, ...built.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
    // dist/ must be the build of this source: the same pages in the same places.
    expect(builtPages.sort()).toEqual([...pages].sort());
    Object.assign(global.wx, { navigateTo: () => {}, redirectTo: () => {}, switchTab: () => {} });
    installHost(
      new Proxy(
        { 'me.get': () => ({ ...worker }) },
        {
          get: (known, action) =>
            known[action] ??
            (() => {
              throw { code: 'NOT_FOUND', message: '网络不给力，请稍后重试', field: 'id' };
            }),
        },
      ),
    );
    spy = jest.spyOn(console, 'error').mockImplementation((...args) => consoleErrors.push(args.map(String).join(' ')));
  });
  afterAll(() => spy?.mockRestore());

  it('lists the tabs and every subpackage page from src/app.config.ts', () => {
    expect(pages.slice(0, 4)).toEqual(['pages/calendar/index', 'pages/venues/index', 'pages/requests/index', 'pages/me/index']);
    expect(pages).toContain('packages/privacy/index');
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p]))('renders %s', async (route) => {
    consoleErrors.length = 0;
    const page = renderPage(route, QUERY);
    await waitFor(() => {
      const root = page.querySelector('.nx-page');
      expect(root).toBeTruthy();
      expect(text(root).length).toBeGreaterThan(0);
    });
    expect(consoleErrors).toEqual([]);
  });
});
