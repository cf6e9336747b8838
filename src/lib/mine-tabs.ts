/**
 * The two tabs of every 我的… list (我的活动, 我的预约), in one set of words: what is still ahead — including what the
 * community turned down or cancelled, with its reason, since that is where the person looks — and the record of the rest.
 */
export type MineTab = 'upcoming' | 'history';

export const MINE_TAB_LABELS: Record<MineTab, string> = { upcoming: '即将开始', history: '历史记录' };
