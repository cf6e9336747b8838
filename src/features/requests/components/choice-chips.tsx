import { Text, View } from '@tarojs/components';
import './choice-chips.scss';

/** Large tappable choices in a grid (类别, 期望时间, 评价标签): one or several may be on. */
export function ChoiceChips(props: {
  options: readonly string[];
  selected: readonly string[];
  onToggle: (option: string) => void;
  columns?: 3 | 4;
  className?: string;
}) {
  return (
    <View className={`nx-chips nx-chips--${props.columns ?? 4} ${props.className ?? ''}`}>
      {props.options.map((o) => {
        const on = props.selected.includes(o);
        return (
          <Text key={o} className={`nx-chips__chip ${on ? 'nx-chips__chip--on' : ''}`} data-chip={o} aria-checked={on} onClick={() => props.onToggle(o)}>
            {o}
          </Text>
        );
      })}
    </View>
  );
}
