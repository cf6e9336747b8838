import { MINE_LINKS } from './mine-links';

/**
 * The client's features, registered once: each brings its subpackage (pages that are not tabs) and, where a person has
 * their own things in it, the 我的 entry that opens them. Plain data: `app.config.ts` reads it at build time.
 */
export interface ClientFeature {
  name: string;
  subPackage: { root: string; pages: string[] };
  /** 我的 → 我的活动 / 我的预约 / 我的暖心事 … */
  mine?: { label: string; url: string };
}

export const clientFeatures: ClientFeature[] = [
  {
    name: 'events',
    subPackage: { root: 'packages/events', pages: ['detail/index', 'mine/index', 'edit/index', 'attendees/index'] },
    mine: MINE_LINKS.events,
  },
  {
    name: 'venues',
    subPackage: { root: 'packages/venues', pages: ['mine/index', 'detail/index', 'book/index', 'day/index', 'manage/index', 'edit/index', 'usage/index', 'groups/index', 'group-book/index', 'series/index'] },
    mine: MINE_LINKS.venues,
  },
  {
    name: 'requests',
    subPackage: {
      root: 'packages/requests',
      pages: ['mine/index', 'detail/index', 'queue/index', 'dispatch/index', 'tasks/index', 'complete/index', 'stats/index', 'categories/index', 'units/index', 'units/edit', 'file-for/index', 'same/index'],
    },
    mine: MINE_LINKS.requests,
  },
  { name: 'workbench', subPackage: { root: 'packages/workbench', pages: ['index'] } },
  { name: 'messages', subPackage: { root: 'packages/messages', pages: ['index'] } },
  { name: 'privacy', subPackage: { root: 'packages/privacy', pages: ['index'] }, mine: MINE_LINKS.privacy },
];
