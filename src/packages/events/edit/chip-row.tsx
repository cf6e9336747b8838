import { Text, View } from '@tarojs/components';
import { Chips, type ChipOption } from '../../../components/chips';

/** A labelled set of chips (类别, 每周几): the label on its own line, the chips across the whole row beneath it. */
export function ChipRow<K extends string | number>(props: {
  label: string;
  items: ChipOption<K>[];
  isOn: (key: K) => boolean;
  onTap: (key: K) => void;
  multiple?: boolean;
}) {
  return (
    <View className='nx-form__chips'>
      <Text className='nx-form__chips-label'>{props.label}</Text>
      <Chips label={props.label} options={props.items} isOn={props.isOn} onTap={props.onTap} multiple={props.multiple} className='nx-form__chip-list' />
    </View>
  );
}
