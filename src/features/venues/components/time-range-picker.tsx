import { Text, View } from '@tarojs/components';
import { TimePicker } from '../../../components/time-picker';
import { useState } from 'react';
import type { Interval } from '../../../../types/venues/models';
import { pickerMinutes } from '../clock-input';
import './time-range-picker.scss';

/** Start and end of an opening from two time pickers; `value()` gives it in minutes ('00:00' as an end is midnight). */
export function useTimeRange(start: string, end: string) {
  const [from, setFrom] = useState(start);
  const [to, setTo] = useState(end);
  return {
    element: (
      <View className='nx-time-range'>
        <TimePicker value={from} onChange={setFrom}>
          <Text className='nx-time-range__field' aria-label={`开始时间 ${from}`}>{from}</Text>
        </TimePicker>
        <Text className='nx-time-range__dash'>至</Text>
        <TimePicker value={to} onChange={setTo}>
          <Text className='nx-time-range__field' aria-label={`结束时间 ${to}`}>{to}</Text>
        </TimePicker>
      </View>
    ),
    value: (): Interval => [pickerMinutes(from), pickerMinutes(to, true)],
  };
}
