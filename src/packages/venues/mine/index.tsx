import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { BookingView } from '../../../../types/venues/models';
import { Cell, CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StatusTag } from '../../../components/status-tag';
import { everyWeek, SERIES_STATUS, seriesSpan } from '../../../features/venues/series-words';
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
        empty={!!data && myBookings.shown.length === 0 && !(myBookings.tab === 'upcoming' && data.series.length > 0)}
        emptyText={myBookings.tab === 'upcoming' ? '还没有预约，去看看社区的活动场地' : '还没有预约记录'}
        emptyAction={myBookings.tab === 'upcoming' ? { label: '去预约场地', onClick: () => void Taro.switchTab({ url: '/pages/venues/index' }) } : undefined}
        onRetry={() => void myBookings.load()}
      >
        {myBookings.tab === 'upcoming' && data && data.series.length > 0 && (
          <CellGroup title='团体固定时段'>
            {data.series.map((s) => (
              <Cell
                key={s.id}
                label={`${s.groupName} · ${s.venueName}`}
                hint={`${everyWeek(s.firstDate, s.start, s.end)} · ${seriesSpan(s)}`}
                value={<StatusTag tone={SERIES_STATUS[s.status].tone} label={SERIES_STATUS[s.status].label} />}
                arrow
                onClick={() => void Taro.navigateTo({ url: `/packages/venues/series/index?id=${s.id}` })}
              />
            ))}
          </CellGroup>
        )}
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
