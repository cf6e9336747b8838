import { Text, View } from '@tarojs/components';
import type { EventSummary } from '../../../../types/events';
import { formatDate } from '../../../lib/time';
import { EventRow } from './event-row';
import './day-events.scss';

/** The chosen day's events under the month grid. */
export function DayEvents(props: { date: string | null; today: string; events: EventSummary[]; homeCommunityId: number; onOpen: (id: number) => void }) {
  if (!props.date) return null;
  // As the grid counts: a cancelled event stays in the list (marked 已取消) but is not one of the day's events.
  const held = props.events.filter((e) => e.status !== 'cancelled').length;
  return (
    <View className='nx-day'>
      <View className='nx-day__head'>
        <Text className='nx-day__date'>{formatDate(props.date, { today: props.today })}</Text>
        <Text className='nx-day__count'>{held > 0 ? `${held}场活动` : ''}</Text>
      </View>
      <View className='nx-day__list'>
        {props.events.length === 0 ? (
          <Text className='nx-day__none'>这天没有活动，点选带「场」字的日子看看</Text>
        ) : (
          props.events.map((e) => <EventRow key={e.id} event={e} homeCommunityId={props.homeCommunityId} onOpen={props.onOpen} />)
        )}
      </View>
    </View>
  );
}
