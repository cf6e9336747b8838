import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { EventRow } from '../../../features/events/components/event-row';
import { eventStatusTag, signupTag } from '../../../features/events/labels';
import { myEvents, type MineTab } from '../../../features/events/stores/my-events';
import { MINE_TAB_LABELS } from '../../../lib/mine-tabs';
import { formatDate } from '../../../lib/time';
import './index.scss';

const open = (id: number) => void Taro.navigateTo({ url: `/packages/events/detail/index?id=${id}` });

/** 我的活动: upcoming (with my seat or waitlist place) and history, each with its status. */
function MyEventsPage() {
  const store = myEvents;
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const data = store.data;

  return (
    <PageShell className='nx-my-events'>
      <Segmented<MineTab>
        items={[
          { key: 'upcoming', label: MINE_TAB_LABELS.upcoming, count: data?.upcoming.length },
          { key: 'history', label: MINE_TAB_LABELS.history },
        ]}
        value={store.tab}
        onChange={(t) => store.setTab(t)}
      />
      <StateView
        loading={store.state.loading}
        error={store.state.error}
        empty={store.state.loaded && store.items.length === 0}
        emptyText={store.tab === 'upcoming' ? '还没有报名的活动，去活动日历看看' : '还没有参加过的活动'}
        emptyAction={{ label: '去活动日历', onClick: () => void Taro.switchTab({ url: '/pages/calendar/index' }) }}
        onRetry={() => void store.load()}
      >
        <View className='nx-my-events__list'>
          {store.items.map(({ event, signup, reason }) => {
            const mine = signupTag({ status: signup.status, position: signup.position, checkedIn: signup.checkedIn });
            const ended = event.status === 'ended' || event.status === 'cancelled';
            const status = eventStatusTag(event.status);
            return (
              <EventRow
                key={signup.id}
                event={event}
                date={formatDate(event.startsAt, { today: data?.today })}
                onOpen={open}
                note={reason ? `${signup.status === 'removed' ? '移出原因' : '取消原因'}：${reason}` : undefined}
                aside={
                  <>
                    {ended && <StatusTag tone={status.tone} label={status.label} />}
                    <StatusTag tone={mine.tone} label={mine.label} />
                    {event.status === 'ended' && signup.status === 'confirmed' && !signup.rated && <StatusTag tone='brand' label='待评价' />}
                  </>
                }
              />
            );
          })}
        </View>
      </StateView>
    </PageShell>
  );
}

export default observer(MyEventsPage);
