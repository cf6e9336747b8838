import { Text, View } from '@tarojs/components';
import type { PublicRequest } from '../../../../types/requests';
import { BusyButton } from '../../../components/busy-button';
import { StatusTag } from '../../../components/status-tag';
import { formatMoment } from '../../../lib/time';
import { statusTag } from '../labels';
import { PhotoGrid } from './photo-grid';
import './request-card.scss';
import './public-request.scss';

/**
 * An open public-space problem as neighbours see it (附议): category, 小区, what was reported and its photos, status
 * and how many neighbours raised it. Nothing of who reported it: the answer carries no such field.
 */
export function PublicRequestCard(props: { item: PublicRequest; busy: boolean; onSecond: () => unknown }) {
  const { item } = props;
  const tag = statusTag(item.status);
  return (
    <View className='nx-req-card nx-public-req' data-id={item.id}>
      <View className='nx-req-card__head'>
        <Text className='nx-req-card__category'>
          {item.category}
          {item.estate ? ` · ${item.estate}` : ''}
        </Text>
        <StatusTag tone={tag.tone} label={tag.label} />
      </View>
      <Text className='nx-public-req__text'>{item.description}</Text>
      {item.photos.length > 0 && <PhotoGrid photos={item.photos} />}
      <View className='nx-public-req__foot'>
        <Text className='nx-public-req__meta'>
          {formatMoment(item.createdAt)} · <Text className='nx-public-req__count'>{item.seconds}位邻居附议</Text>
        </Text>
        {item.mine ? (
          <Text className='nx-public-req__state'>您反映的</Text>
        ) : item.seconded ? (
          <Text className='nx-public-req__state nx-public-req__state--done'>已附议</Text>
        ) : (
          <BusyButton className='nx-public-req__second' busy={props.busy} onPress={props.onSecond}>
            附议
          </BusyButton>
        )}
      </View>
    </View>
  );
}
