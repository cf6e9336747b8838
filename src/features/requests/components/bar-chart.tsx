import { Text, View } from '@tarojs/components';
import './bar-chart.scss';

export interface Bar {
  key: string;
  label: string;
  /** Bar length, relative to the longest (or to `max`). */
  value: number;
  /** The figure printed at the end of the bar. */
  display: string;
  /** A second line: the other figures of the row, each kept whole when the line wraps. */
  sub?: string[];
}

/** Horizontal bars drawn with Views: the same on weapp and H5, no chart library in the package. */
export function BarChart(props: { bars: Bar[]; max?: number; /** Long labels (unit names) go above their bar. */ labelsAbove?: boolean }) {
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <View className={`nx-bars ${props.labelsAbove ? 'nx-bars--above' : ''}`}>
      {props.bars.map((b) => (
        <View key={b.key} className='nx-bars__row' data-bar={b.key}>
          {props.labelsAbove && <Text className='nx-bars__title'>{b.label}</Text>}
          <View className='nx-bars__line'>
            {!props.labelsAbove && <Text className='nx-bars__label'>{b.label}</Text>}
            <View className='nx-bars__track'>
              <View className='nx-bars__fill' style={{ width: `${Math.round((Math.max(0, b.value) / max) * 100)}%` }} />
            </View>
            <Text className='nx-bars__value'>{b.display}</Text>
          </View>
          {b.sub && (
            <View className='nx-bars__sub'>
              {b.sub.map((part) => (
                <Text key={part} className='nx-bars__part'>
                  {part}
                </Text>
              ))}
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
