import { clientFeatures } from './features';

// https://docs.taro.zone/docs/app-config
export default defineAppConfig({
  pages: ['pages/calendar/index', 'pages/venues/index', 'pages/requests/index', 'pages/me/index'],
  // Everything that is not a tab lives in a subpackage, one per feature (src/features/index.ts).
  subPackages: clientFeatures.map((f) => f.subPackage),
  window: {
    navigationBarBackgroundColor: '#c8372d',
    navigationBarTitleText: '暖心社区',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f2f2',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8372d',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/calendar/index', text: '活动日历', iconPath: 'assets/tab/calendar.png', selectedIconPath: 'assets/tab/calendar-on.png' },
      { pagePath: 'pages/venues/index', text: '场地预约', iconPath: 'assets/tab/venues.png', selectedIconPath: 'assets/tab/venues-on.png' },
      { pagePath: 'pages/requests/index', text: '暖心事', iconPath: 'assets/tab/requests.png', selectedIconPath: 'assets/tab/requests-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // Each tab fetches the subpackages its taps lead to while the resident looks at it (together well under 2 MB).
  preloadRule: {
    'pages/calendar/index': { network: 'all', packages: ['packages/events'] },
    'pages/venues/index': { network: 'all', packages: ['packages/venues'] },
    'pages/requests/index': { network: 'all', packages: ['packages/requests'] },
    'pages/me/index': { network: 'all', packages: ['packages/messages', 'packages/workbench', 'packages/events', 'packages/venues', 'packages/requests', 'packages/privacy'] },
  },
  // What WeChat search may index (src/sitemap.json, copied into dist/ by config/index.ts).
  sitemapLocation: 'sitemap.json',
  lazyCodeLoading: 'requiredComponents',
  requiredPrivateInfos: [],
  __usePrivacyCheck__: true,
});
