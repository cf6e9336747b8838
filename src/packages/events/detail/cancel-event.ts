import Taro from '@tarojs/taro';
import type { EventDetail } from '../../../../types/events';
import type { EventDetailStore } from '../../../features/events/stores/event-detail';
import { messageOf } from '../../../lib/errors';
import { confirmAction, toast } from '../../../lib/confirm';

const REASONS = ['天气原因，活动改期', '场地临时调整，活动改期', '主讲老师临时有事，活动改期', '报名人数不足，活动取消'];

/**
 * A worker cancels the event: for a series, this one or all later ones; a reason from a short list (an action sheet
 * is easier on a phone than typing), then a confirmation. Returns whether it was cancelled.
 */
export async function cancelEventFlow(e: EventDetail, store: EventDetailStore): Promise<boolean> {
  try {
    let scope: 'one' | 'future' = 'one';
    if (e.seriesId !== null) {
      const pick = await Taro.showActionSheet({ itemList: ['仅取消这一场', '取消这一场及以后各场'] });
      scope = pick.tapIndex === 1 ? 'future' : 'one';
    }
    const reason = REASONS[(await Taro.showActionSheet({ itemList: REASONS })).tapIndex];
    const people = e.capacity - e.seatsLeft + e.waiting;
    const ok = await confirmAction({
      title: '取消活动',
      content: `确定取消「${e.title}」${scope === 'future' ? '及以后各场' : ''}吗？${people ? '已报名和候补的居民会收到取消通知。' : ''}`,
      confirmText: '取消活动',
    });
    if (!ok) return false;
    await store.cancelEvent(reason, scope);
    toast('活动已取消', 'success');
    return true;
  } catch (err) {
    // Dismissing an action sheet rejects with errMsg "…cancel": that is not an error to show.
    if ((err as { errMsg?: string })?.errMsg?.includes('cancel')) return false;
    toast(messageOf(err));
    return false;
  }
}
