import { Text, View } from '@tarojs/components';

/** 报名人数 − n +, for events that take families (per-person limit above 1). */
export function PartyStepper(props: { value: number; max: number; onChange: (n: number) => void }) {
  return (
    <View className='nx-stepper'>
      <Text className='nx-stepper__label'>报名人数</Text>
      <Text className={`nx-stepper__btn ${props.value <= 1 ? 'nx-stepper__btn--off' : ''}`} onClick={() => props.onChange(props.value - 1)}>
        −
      </Text>
      <Text className='nx-stepper__value'>{props.value}</Text>
      <Text className={`nx-stepper__btn ${props.value >= props.max ? 'nx-stepper__btn--off' : ''}`} onClick={() => props.onChange(props.value + 1)}>
        +
      </Text>
      <Text className='nx-stepper__hint'>最多{props.max}人</Text>
    </View>
  );
}
