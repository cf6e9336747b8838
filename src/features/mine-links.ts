/**
 * 我的 → 我的活动 / 我的预约 / 我的暖心事 …: the one part of the feature registry (./index.ts) the 我的 tab draws. Apart
 * from it, so that the tab carries these few links and not every subpackage's page list into the main package.
 */
export const MINE_LINKS = {
  events: { label: '我的活动', url: '/packages/events/mine/index' },
  venues: { label: '我的预约', url: '/packages/venues/mine/index' },
  requests: { label: '我的暖心事', url: '/packages/requests/mine/index' },
  privacy: { label: '隐私与数据', url: '/packages/privacy/index' },
};
