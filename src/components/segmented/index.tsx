import { Text, View } from '@tarojs/components';
import './index.scss';

/** A row of tabs for filtering a list (即将开始 / 已结束, 待派单 / 处理中 …), with optional counts. */
export function Segmented<K extends string>(props: {
  items: { key: K; label: string; count?: number }[];
  value: K;
  onChange: (key: K) => void;
  className?: string;
}) {
  return (
    <View className={`nx-segmented ${props.className ?? ''}`}>
      {props.items.map((item) => (
        <View
          key={item.key}
          className={`nx-segmented__item ${item.key === props.value ? 'nx-segmented__item--on' : ''}`}
          onClick={() => props.onChange(item.key)}
        >
          <Text>{item.label}</Text>
          {item.count !== undefined && item.count > 0 && <Text className='nx-segmented__count'>{item.count}</Text>}
        </View>
      ))}
    </View>
  );
}
