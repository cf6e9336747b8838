import { Text, View } from '@tarojs/components';
import './index.scss';

const LABELS = ['', '很不满意', '不满意', '一般', '满意', '非常满意'];

/** 1–5 stars with the word for the score; read-only when there is no onChange. Each star is a large tap target. */
export function RatingStars(props: { value: number; onChange?: (v: number) => void; className?: string }) {
  return (
    <View className={`nx-stars ${props.onChange ? 'nx-stars--input' : ''} ${props.className ?? ''}`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text
          key={n}
          className={`nx-stars__star ${n <= props.value ? 'nx-stars__star--on' : ''}`}
          data-star={n}
          onClick={props.onChange ? () => props.onChange?.(n) : undefined}
        >
          ★
        </Text>
      ))}
      {props.value > 0 && <Text className='nx-stars__label'>{LABELS[props.value]}</Text>}
    </View>
  );
}
