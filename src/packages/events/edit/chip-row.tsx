import { Text, View } from '@tarojs/components';

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
            className={`nx-form__chip ${props.narrow ? 'nx-form__chip--day' : ''} ${props.isOn(item.key) ? 'nx-form__chip--on' : ''}`}
            onClick={() => props.onTap(item.key)}
          >
            {item.label}
          </Text>
        ))}
      </View>
    </View>
  );
}
