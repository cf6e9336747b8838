import { Text } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react';
import { Cell, CellGroup } from '../../../components/cell';
import { StateView } from '../../../components/state-view';
import { addDays, formatClock } from '../../../lib/time';
import { todayEvents } from '../stores/today';
import './workbench.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 工作台 section of the events feature: today's events with their check-in counts, and 发布活动. */
export const EventsWorkbench = observer(function EventsWorkbench() {
  useDidShow(() => void todayEvents.load());
  const today = todayEvents.data;
  return (
    <CellGroup title='今日活动与签到' className='nx-wb-events'>
      <StateView loading={todayEvents.loading} error={todayEvents.state.error} onRetry={() => void todayEvents.load()}>
        {today?.events.length === 0 && <Text className='nx-wb-events__none'>今天没有活动</Text>}
        {today?.events.map((e) => (
          <Cell
            key={e.id}
            label={e.title}
            hint={`${formatClock(e.startsAt)}–${formatClock(e.endsAt)} · ${e.place}`}
            value={
              <Text className='nx-wb-events__count'>
                签到 {e.checkedIn}/{e.parties}
                {e.waiting ? ` · 候补${e.waiting}` : ''}
              </Text>
            }
            arrow
            onClick={() => go(`/packages/events/attendees/index?id=${e.id}`)}
          />
        ))}
      </StateView>
      <Cell
        label='发布活动'
        hint='单场或每周重复的活动'
        className='nx-wb-events__publish'
        arrow
        onClick={() => go(`/packages/events/edit/index${today ? `?date=${addDays(today.today, 1)}` : ''}`)}
      />
    </CellGroup>
  );
});
