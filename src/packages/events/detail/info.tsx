import { Text, View } from '@tarojs/components';
import type { EventDetail } from '../../../../types/events';
import { Cell, CellGroup } from '../../../components/cell';
import { formatClock, formatDate, formatMoment } from '../../../lib/time';

/** When, where, who organises it, who may join, and the sign-up window. */
export function EventInfo({ e }: { e: EventDetail }) {
  return (
    <CellGroup title='活动信息' className='nx-info'>
      <Cell
        label='时间'
        value={
          <View className='nx-info__when'>
            <Text>{formatDate(e.startsAt, { today: e.today })}</Text>
            <Text className='nx-info__clock'>
              {formatClock(e.startsAt)}–{formatClock(e.endsAt)}
            </Text>
          </View>
        }
      />
      <Cell label='地点' value={e.place} />
      <Cell label='主办' value={e.organizer} />
      <Cell label='面向' value={e.audience === 'street' ? `${e.streetName}居民` : `${e.communityName}居民`} />
      <Cell label='报名时间' value={`${formatMoment(e.signupOpensAt)} 至 ${formatMoment(e.signupClosesAt)}`} />
      <Cell label='取消截止' value={formatMoment(e.cancelDeadline)} />
      {e.partyLimit > 1 && <Cell label='每人可报' value={`最多${e.partyLimit}人（含同行家人）`} />}
      {e.rating && <Cell label='居民评分' value={`${e.rating.average.toFixed(1)} 分（${e.rating.count}人评价）`} />}
    </CellGroup>
  );
}
