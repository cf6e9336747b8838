import type { HintCode } from './domain/actions';
import { formatLocal } from '../../lib/words';
import type { EventRow } from './data/events';

/** The sentence shown for a hint of the decision table (domain/actions.ts). */
export function hintText(code: HintCode | null, e: EventRow): string | null {
  switch (code) {
    case null:
      return null;
    case 'cancelled':
      return e.cancel_reason ? `活动已取消：${e.cancel_reason}` : '活动已取消';
    case 'ended':
      return '活动已结束';
    case 'rated':
      return '感谢您的评价';
    case 'ongoing':
      return '活动进行中';
    case 'removed':
      return '您已被工作人员移出本活动，如有疑问请联系社区';
    case 'noCommunity':
      return '请先在“我的”里选择所在社区，再报名活动';
    case 'outOfScope':
      return e.audience === 'street' ? `本活动面向${e.street_name}居民` : `本活动仅面向${e.community_name}居民`;
    case 'notOpen':
      return `报名将于${formatLocal(new Date(e.signup_opens_at))}开始`;
    case 'closed':
      return '报名已截止';
    case 'cancelUntil':
      return `${formatLocal(new Date(e.cancel_deadline))}前可取消报名`;
    case 'cancelClosed':
      return '已过取消截止时间，如不能参加请联系社区';
  }
}
