import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { MonthCalendar } from '../../features/events/components/month-calendar';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { calendar } from '../../features/events/stores/calendar';
import { CategoryChips } from '../../features/events/components/category-chips';
import { DayEvents } from '../../features/events/components/day-events';
import './index.scss';

const openEvent = (id: number) => void Taro.navigateTo({ url: `/packages/events/detail/index?id=${id}` });

/**
 * 活动日历: this month of my community and street, a day's events, in two taps to an event. One call draws it, the
 * first launch included: the month says when the caller has no community yet.
 */
function CalendarPage() {
  useDidShow(() => void calendar.reload());
  usePullDownRefresh(() => void calendar.reload().finally(() => Taro.stopPullDownRefresh()));

  const view = calendar.data;
  if (view && !view.community) {
    return (
      <PageShell className='nx-cal'>
        <StateView
          loading={false}
          error={null}
          empty
          emptyText='请先在「我的」里选择所在社区，就能看到社区的活动'
          emptyAction={{ label: '去选择社区', onClick: () => void Taro.switchTab({ url: '/pages/me/index' }) }}
          onRetry={() => {}}
        />
      </PageShell>
    );
  }

  const [year, month] = (view?.month ?? '').split('-').map(Number);
  const isCurrent = !view || view.today.startsWith(view.month);
  return (
    <PageShell className='nx-cal'>
      <StateView loading={calendar.loading} error={calendar.state.error} onRetry={() => void calendar.reload()}>
        {view?.community && (
          <>
            <View className='nx-cal__head'>
              <Text className='nx-cal__nav nx-cal__prev' aria-label='上个月' onClick={() => void calendar.prev()}>
                ‹
              </Text>
              {/* The whole title is the tap target for 回今天 (the pill alone would be too small a target). */}
              <View className='nx-cal__title' onClick={() => !isCurrent && void calendar.backToToday()}>
                <Text className='nx-cal__month'>
                  {year}年{month}月
                </Text>
                <View className='nx-cal__sub'>
                  <Text className='nx-cal__community'>
                    {view.community.name} · {view.community.streetName}
                  </Text>
                  {!isCurrent && <Text className='nx-cal__today'>回今天</Text>}
                </View>
              </View>
              <Text className='nx-cal__nav nx-cal__next' aria-label='下个月' onClick={() => void calendar.next()}>
                ›
              </Text>
            </View>
            <CategoryChips value={calendar.category} onChange={(c) => calendar.setCategory(c)} />
            <View className='nx-cal__card'>
              <MonthCalendar days={view.days} counts={calendar.counts} today={view.today} selected={calendar.selected} onSelect={(d) => calendar.select(d)} />
              <View className='nx-cal__legend'>
                <Text className='nx-cal__legend-rest'>休</Text>
                <Text>法定节假日</Text>
                <Text className='nx-cal__legend-work'>班</Text>
                <Text>调休上班</Text>
                <Text className='nx-cal__legend-count'>N场</Text>
                <Text>当天活动</Text>
              </View>
              {view.notice && (
                <Text className='nx-cal__notice'>
                  {view.notice}
                </Text>
              )}
            </View>
            {calendar.monthIsEmpty ? (
              <StateView
                loading={false}
                error={null}
                empty
                emptyText={calendar.category === 'all' ? '本月暂无活动，去看看场地预约' : '本月暂无这类活动'}
                emptyAction={{ label: '去场地预约', onClick: () => void Taro.switchTab({ url: '/pages/venues/index' }) }}
                onRetry={() => {}}
              />
            ) : (
              <DayEvents date={calendar.selected} today={view.today} events={calendar.dayEvents} homeCommunityId={view.community.id} onOpen={openEvent} />
            )}
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(CalendarPage);
