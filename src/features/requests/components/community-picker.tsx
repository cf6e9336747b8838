import { Picker, Text, View } from '@tarojs/components';
import type { CommunityRef } from '../../../../types';
import './community-picker.scss';

/** For workers serving several communities: which one the page is about. Hidden when there is only one. */
export function CommunityPicker(props: { communities: CommunityRef[]; value: number | null; onChange: (id: number) => void }) {
  if (props.communities.length < 2) return null;
  const index = Math.max(0, props.communities.findIndex((c) => c.id === props.value));
  return (
    <Picker mode='selector' range={props.communities.map((c) => c.name)} value={index} onChange={(e) => props.onChange(props.communities[Number(e.detail.value)].id)}>
      <View className='nx-community-picker'>
        <Text>{props.communities[index].name}</Text>
        <Text className='nx-community-picker__arrow'>切换社区 ▾</Text>
      </View>
    </Picker>
  );
}
