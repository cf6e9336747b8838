import { Text } from '@tarojs/components';
import './outline-tag.scss';

/** A quiet bordered tag for facts that are not a status: the category, another community, 每周活动. */
export function OutlineTag(props: { label: string }) {
  return <Text className='nx-outline-tag'>{props.label}</Text>;
}
