import { Text, View } from '@tarojs/components';
import type { UsageHeatCell } from '../../../../types/venues';
import { HEAT_WEEKDAYS, heatGrid, heatLevel, sharePercent } from '../usage/labels';
import './usage-heat-map.scss';

/** Weekdays × hours: how much of each open hour was booked or held over the month. Closed hours stay blank. */
export function UsageHeatMap(props: { cells: UsageHeatCell[] }) {
  const grid = heatGrid(props.cells);
  if (grid.rows.length === 0) return <Text className='nx-heat__none'>本月没有开放时段</Text>;
  return (
    <View className='nx-heat'>
      <View className='nx-heat__row'>
        <Text className='nx-heat__day' />
        {grid.hours.map((h) => (
          <Text key={h} className='nx-heat__hour'>
            {h % 3 === 0 ? h : ''}
          </Text>
        ))}
      </View>
      {grid.rows.map((r) => (
        <View key={r.weekday} className='nx-heat__row'>
          <Text className='nx-heat__day'>{HEAT_WEEKDAYS[r.weekday - 1]}</Text>
          {r.cells.map((c, i) => (
            <View
              key={grid.hours[i]}
              className={`nx-heat__cell ${c ? `nx-heat__cell--${heatLevel(c.share)}` : 'nx-heat__cell--closed'}`}
              data-cell={c ? `${r.weekday}-${c.hour}-${sharePercent(c.share)}` : undefined}
            />
          ))}
        </View>
      ))}
      <View className='nx-heat__legend'>
        <Text className='nx-heat__note'>空闲</Text>
        {[0, 1, 2, 3, 4].map((l) => (
          <View key={l} className={`nx-heat__cell nx-heat__cell--${l} nx-heat__swatch`} />
        ))}
        <Text className='nx-heat__note'>满</Text>
        <View className='nx-heat__cell nx-heat__cell--closed nx-heat__swatch' />
        <Text className='nx-heat__note'>未开放</Text>
      </View>
    </View>
  );
}
