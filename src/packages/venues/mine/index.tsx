import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { BookingView } from '../../../../types/venues/models';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { BookingCard } from '../../../features/venues/components/booking-card';
import { myBookings } from '../../../features/venues/stores/my-bookings';
import { confirmAction, toast } from '../../../lib/confirm';
import { MINE_TAB_LABELS } from '../../../lib/mine-tabs';
import { formatDate, formatMinutes } from '../../../lib/time';

async function cancel(b: BookingView) {
  const ok = await confirmAction({
    title: b.status === 'pending' ? '撤回预约申请？' : '取消这次预约？',
    content: `${b.venueName} ${formatDate(b.date)} ${formatMinutes(b.start)}–${formatMinutes(b.end)}，取消后时段将开放给其他居民。`,
    confirmText: b.status === 'pending' ? '撤回' : '取消预约',
  });
  if (!ok) return;
  const failure = await myBookings.cancel(b.id);
  toast(failure ?? '已取消', failure ? 'none' : 'success');
}

/** 我的预约: upcoming (with what the community turned down, and why) and history; cancel before the deadline; the check-in code on the day. */
function MyBookingsPage() {
  useDidShow(() => void myBookings.load());
  usePullDownRefresh(() => void myBookings.load().finally(() => Taro.stopPullDownRefresh()));
  const { data, state } = myBookings;

  return (
    <PageShell>
      <Segmented
        items={[
          { key: 'upcoming', label: MINE_TAB_LABELS.upcoming, count: data?.upcoming.length },
          { key: 'history', label: MINE_TAB_LABELS.history },
        ]}
        value={myBookings.tab}
        onChange={(k) => myBookings.setTab(k)}
      />
      <StateView
        loading={state.loading}
        error={state.error}
        empty={!!data && myBookings.shown.length === 0}
        emptyText={myBookings.tab === 'upcoming' ? '还没有预约，去看看社区的活动场地' : '还没有预约记录'}
        emptyAction={myBookings.tab === 'upcoming' ? { label: '去预约场地', onClick: () => void Taro.switchTab({ url: '/pages/venues/index' }) } : undefined}
        onRetry={() => void myBookings.load()}
      >
        <View>
          {myBookings.shown.map((b) => (
            <BookingCard key={b.id} booking={b} today={myBookings.today} cancelling={myBookings.cancelling === b.id} onCancel={(x) => void cancel(x)} />
          ))}
        </View>
      </StateView>
    </PageShell>
  );
}

export default observer(MyBookingsPage);
