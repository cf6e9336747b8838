import { Text, View } from '@tarojs/components';
import type { VenueDetail } from '../../../../types/venues/models';
import { StatusTag } from '../../../components/status-tag';
import { VenueBanner } from './venue-banner';
import { HoursSummary } from './venue-card';
import './venue-facts.scss';

/** The head of the venue page: photo, name, place, capacity, facilities, hours and the booking rules. */
export function VenueFacts({ venue }: { venue: VenueDetail }) {
  return (
    <View className='nx-venue-facts'>
      <VenueBanner kind={venue.kind} photos={venue.photos} />
      <View className='nx-venue-facts__body'>
        <View className='nx-venue-facts__title-row'>
          <Text className='nx-venue-facts__name'>{venue.name}</Text>
          {venue.requiresApproval && <StatusTag tone='wait' label='需审核' />}
        </View>
        <Text className='nx-venue-facts__place'>
          {venue.placeName} · {venue.address}
        </Text>
        {venue.description && <Text className='nx-venue-facts__description'>{venue.description}</Text>}
        <View className='nx-venue-facts__row'>
          <Text className='nx-venue-facts__label'>容纳</Text>
          <Text>{venue.capacity}人</Text>
        </View>
        {venue.facilities.length > 0 && (
          <View className='nx-venue-facts__row'>
            <Text className='nx-venue-facts__label'>设施</Text>
            <Text>{venue.facilities.join('、')}</Text>
          </View>
        )}
        <View className='nx-venue-facts__row'>
          <Text className='nx-venue-facts__label'>开放</Text>
          <View className='nx-venue-facts__stack'>
            <HoursSummary text={venue.hoursSummary} />
            <Text className='nx-venue-facts__hint'>法定节假日按周末时间开放，调休上班日按工作日时间开放</Text>
          </View>
        </View>
        <View className='nx-venue-facts__row'>
          <Text className='nx-venue-facts__label'>规则</Text>
          <Text className='nx-venue-facts__rules'>{venue.rulesSummary}</Text>
        </View>
      </View>
    </View>
  );
}
