import { Image, Text, View } from '@tarojs/components';
import { VENUE_KIND_LABELS, type VenueKind } from '../../../../types/venues/models';
import { imageUrl } from '../../../lib/image-url';
import './venue-banner.scss';

const GLYPH: Record<VenueKind, string> = { center: '党', station: '站', room: '议' };

/** The venue's first photo, or a calm placeholder in the colours of its kind with the kind's name. */
export function VenueBanner(props: { kind: VenueKind; photos: string[]; className?: string }) {
  const photo = props.photos[0];
  return (
    <View className={`nx-venue-banner nx-venue-banner--${props.kind} ${props.className ?? ''}`}>
      {photo ? (
        <Image className='nx-venue-banner__photo' src={imageUrl(photo)} mode='aspectFill' />
      ) : (
        <View className='nx-venue-banner__placeholder'>
          <Text className='nx-venue-banner__glyph'>{GLYPH[props.kind]}</Text>
          <Text className='nx-venue-banner__kind'>{VENUE_KIND_LABELS[props.kind]}</Text>
        </View>
      )}
    </View>
  );
}
