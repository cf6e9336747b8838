import { Text, View } from '@tarojs/components';
// The same chips as the calendar's category filter.
import '../../../features/events/components/category-chips.scss';

/** A labelled row of tappable chips (类别, 每周几): one or several can be on. */
export function ChipRow<K extends string | number>(props: {
  label: string;
  items: { key: K; label: string }[];
  isOn: (key: K) => boolean;
  onTap: (key: K) => void;
  narrow?: boolean;
}) {
  return (
    <View className='nx-form__chips'>
      <Text className='nx-form__chips-label'>{props.label}</Text>
      <View className='nx-form__chip-list'>
        {props.items.map((item) => (
          <Text
            key={item.key}
            className={`nx-chips__chip ${props.narrow ? 'nx-chips__chip--narrow' : ''} ${props.isOn(item.key) ? 'nx-chips__chip--on' : ''}`}
            onClick={() => props.onTap(item.key)}
          >
            {item.label}
          </Text>
        ))}
      </View>
    </View>
  );
}
