import { Image, Text, View } from '@tarojs/components';
import type { EventDetail } from '../../../../types/events';
import { imageUrl } from '../../../lib/image-url';
import { StatusTag } from '../../../components/status-tag';
import { categoryLabel, eventStatusTag } from '../../../features/events/labels';
import { OutlineTag } from '../../../features/events/components/outline-tag';

/** Cover (or a banner in the category's colour), title, status and seats left. */
export function EventHero({ e }: { e: EventDetail }) {
  const status = eventStatusTag(e.status);
  return (
    <View className='nx-hero'>
      {e.cover ? (
        <Image className='nx-hero__cover' src={imageUrl(e.cover)} mode='aspectFill' />
      ) : (
        <View className={`nx-hero__banner nx-hero__banner--${e.category}`}>
          <Text className='nx-hero__mark'>{categoryLabel(e.category)}</Text>
          <Text className='nx-hero__org'>{e.communityName}</Text>
        </View>
      )}
      <View className='nx-hero__body'>
        <Text className='nx-hero__title'>{e.title}</Text>
        <View className='nx-hero__tags'>
          <StatusTag tone={status.tone} label={status.label} className='nx-hero__status' />
          <OutlineTag label={categoryLabel(e.category)} />
          {e.seriesId !== null && <OutlineTag label='每周活动' />}
        </View>
        {e.status !== 'cancelled' && e.status !== 'ended' && (
          <View className='nx-hero__seats'>
            <Text className='nx-hero__seats-label'>剩余名额</Text>
            <Text className='nx-hero__seats-left'>{e.seatsLeft}</Text>
            <Text className='nx-hero__seats-label'>/ {e.capacity}</Text>
            {e.waiting > 0 && <Text className='nx-hero__waiting'>候补 {e.waiting} 人</Text>}
          </View>
        )}
      </View>
    </View>
  );
}
