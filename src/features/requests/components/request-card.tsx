import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { RequestSummary } from '../../../../types/requests';
import { StatusTag } from '../../../components/status-tag';
import { formatMoment } from '../../../lib/time';
import { statusTag } from '../labels';
import './request-card.scss';

/** One request in a list: category and status on top, what it is about, when, who and which unit. */
export function RequestCard(props: { item: RequestSummary; showResident?: boolean }) {
  const { item } = props;
  const tag = statusTag(item.status);
  const meta = [formatMoment(item.createdAt), props.showResident ? item.residentName : '', item.unitName ? `→ ${item.unitName}` : ''].filter(Boolean);
  return (
    <View className='nx-req-card' data-id={item.id} onClick={() => void Taro.navigateTo({ url: `/packages/requests/detail/index?id=${item.id}` })}>
      <View className='nx-req-card__head'>
        <Text className='nx-req-card__category'>{item.category}</Text>
        <View className='nx-req-card__tags'>
          {item.overdue && <StatusTag tone='danger' label='超时' className='nx-req-card__tag' />}
          {item.commentHeld && <StatusTag tone='wait' label='留言待审核' className='nx-req-card__tag' />}
          <StatusTag tone={tag.tone} label={tag.label} className='nx-req-card__tag' />
        </View>
      </View>
      <Text className='nx-req-card__excerpt'>{item.excerpt}</Text>
      <Text className='nx-req-card__meta'>{meta.join(' · ')}</Text>
    </View>
  );
}
