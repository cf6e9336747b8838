import { Text, View } from '@tarojs/components';
import type { UsageFigures } from '../../../../types/venues';
import { sharePercent } from '../usage/labels';
import './usage-bars.scss';

export interface UsageBar {
  key: string;
  label: string;
  figures: UsageFigures;
  onClick?: () => void;
}

/**
 * One bar per row, as long as the open hours: held (社区保留) and booked stacked, the used part marked inside the
 * booked one. Drawn with Views, the same on weapp and H5.
 */
export function UsageBars(props: { bars: UsageBar[] }) {
  return (
    <View className='nx-usage-bars'>
      {props.bars.map((b) => {
        const f = b.figures;
        const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
        return (
          <View key={b.key} className={`nx-usage-bars__row ${b.onClick ? 'nx-usage-bars__row--link' : ''}`} data-bar={b.key} onClick={b.onClick}>
            <View className='nx-usage-bars__head'>
              <Text className='nx-usage-bars__label'>{b.label}</Text>
              <Text className='nx-usage-bars__value'>{sharePercent(f.bookedShare + f.heldShare)}</Text>
            </View>
            <View className='nx-usage-bars__track'>
              <View className='nx-usage-bars__held' style={{ width: pct(f.heldShare) }} />
              <View className='nx-usage-bars__booked' style={{ width: pct(f.bookedShare) }}>
                <View className='nx-usage-bars__used' style={{ width: f.bookedShare > 0 ? pct(f.usedShare / f.bookedShare) : '0%' }} />
              </View>
            </View>
            <View className='nx-usage-bars__sub'>
              <Text className='nx-usage-bars__part'>开放{hoursOf(f.openMinutes)}</Text>
              <Text className='nx-usage-bars__part'>预约{sharePercent(f.bookedShare)}</Text>
              <Text className='nx-usage-bars__part'>保留{sharePercent(f.heldShare)}</Text>
              <Text className='nx-usage-bars__part'>使用{sharePercent(f.usedShare)}</Text>
              {f.bookings > 0 && <Text className='nx-usage-bars__part'>未到场{sharePercent(f.noShowRate)}</Text>}
            </View>
          </View>
        );
      })}
      <View className='nx-usage-bars__legend'>
        <View className='nx-usage-bars__key nx-usage-bars__key--held' />
        <Text className='nx-usage-bars__part'>社区保留</Text>
        <View className='nx-usage-bars__key nx-usage-bars__key--booked' />
        <Text className='nx-usage-bars__part'>居民预约</Text>
        <View className='nx-usage-bars__key nx-usage-bars__key--used' />
        <Text className='nx-usage-bars__part'>签到使用</Text>
      </View>
    </View>
  );
}

const hoursOf = (minutes: number) => `${Math.round((minutes / 60) * 10) / 10}小时`;
