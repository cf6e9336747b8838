import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { TodayEvents } from '../../../../types/events';
import { Cell, CellGroup } from '../../../components/cell';
import { addDays, formatClock } from '../../../lib/time';
import './workbench.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 工作台 section of the events feature: today's events with their check-in counts, and 发布活动 (workers only). */
export const EventsWorkbench = observer(function EventsWorkbench(props: { today: TodayEvents }) {
  const { today, events } = props.today;
  return (
    <CellGroup title='今日活动与签到' className='nx-wb-events'>
      {events.length === 0 && <Text className='nx-wb-events__none'>今天没有活动</Text>}
      {events.map((e) => (
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
      <Cell label='发布活动' hint='单场或每周重复的活动' className='nx-wb-events__publish' arrow onClick={() => go(`/packages/events/edit/index?date=${addDays(today, 1)}`)} />
    </CellGroup>
  );
});
