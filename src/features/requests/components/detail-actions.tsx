import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestAction, RequestDetail } from '../../../../types/requests';
import { confirmAction, toast } from '../../../lib/confirm';
import type { DetailStore } from '../stores/detail';
import { BusyButton } from '../../../components/busy-button';
import './detail-actions.scss';

const DECLINE_REASONS = ['不在我们的服务范围', '人手不足，暂时无法处理', '信息不全，需社区核实', '需要其他单位配合'];

/** Steps taken from the bar; rating and reviewing have their own forms in the page. */
const BAR_ACTIONS: readonly RequestAction[] = ['dispatch', 'claim', 'accept', 'complete', 'decline', 'withdraw'];
export const hasActionBar = (d: RequestDetail) => d.can.some((a) => BAR_ACTIONS.includes(a));

interface ActionButton {
  label: string;
  /** Settles when the step is answered (the button is busy until then). */
  run: () => unknown;
  primary?: boolean;
  danger?: boolean;
}

/**
 * The steps this viewer may take now, as at most one primary and one secondary button in a bar at the bottom.
 * Rating and reviewing live in the page itself.
 */
export function DetailActions(props: { store: DetailStore; detail: RequestDetail }) {
  const { store, detail } = props;
  const can = (a: RequestAction) => detail.can.includes(a);
  // Success toasts show at most 7 characters in WeChat: short words for success, refusals as plain text.
  const report = (msg: string | null, done: string) => (msg ? toast(msg) : toast(done, 'success'));

  const buttons: ActionButton[] = [];
  if (can('dispatch')) buttons.push({ label: detail.status === 'pending' ? '派单' : '改派', primary: true, run: () => Taro.navigateTo({ url: `/packages/requests/dispatch/index?id=${detail.id}` }) });
  if (can('claim')) buttons.push({ label: '认领', primary: true, run: () => store.step('requests.claim', { id: detail.id }).then((m) => report(m, '认领成功')) });
  if (can('accept')) buttons.push({ label: '接单', primary: true, run: () => store.step('requests.accept', { id: detail.id }).then((m) => report(m, '已接单')) });
  if (can('complete')) buttons.push({ label: '办结', primary: true, run: () => Taro.navigateTo({ url: `/packages/requests/complete/index?id=${detail.id}` }) });
  if (can('decline')) buttons.push({ label: '退回', run: () => decline(store) });
  if (can('withdraw')) buttons.push({ label: '撤回', danger: true, run: () => withdraw(store, detail.id) });
  if (buttons.length === 0) return null;

  return (
    <View className='nx-req-actions'>
      {buttons.slice(0, 2).reverse().map((b) => (
        <BusyButton
          key={b.label}
          className={`nx-req-actions__button ${b.primary ? 'nx-req-actions__button--primary' : ''} ${b.danger ? 'nx-req-actions__button--danger' : ''}`}
          busy={store.busy}
          onPress={b.run}
        >
          {b.label}
        </BusyButton>
      ))}
    </View>
  );
}

async function withdraw(store: DetailStore, id: number): Promise<void> {
  const sure = await confirmAction({ title: '撤回这件暖心事？', content: '撤回后社区将不再办理。如仍需要帮助，可以重新点单。', confirmText: '撤回' });
  if (!sure) return;
  const msg = await store.step('requests.withdraw', { id });
  toast(msg ?? '已撤回', msg ? 'none' : 'success');
}

async function decline(store: DetailStore): Promise<void> {
  let reason: string;
  try {
    reason = DECLINE_REASONS[(await Taro.showActionSheet({ itemList: DECLINE_REASONS })).tapIndex];
  } catch {
    return; // cancelled
  }
  const sure = await confirmAction({ title: '退回社区？', content: `退回原因：${reason}。社区工作人员会重新派单。`, confirmText: '退回' });
  if (!sure) return;
  const msg = await store.decline(reason);
  if (msg) return toast(msg);
  toast('已退回社区', 'success');
  void Taro.navigateBack().catch(() => Taro.redirectTo({ url: '/packages/requests/tasks/index' }));
}
