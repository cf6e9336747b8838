import { Picker, Text, View } from '@tarojs/components';
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
        <Picker mode='time' value={from} onChange={(e) => setFrom(String(e.detail.value))}>
          <Text className='nx-time-range__field'>{from}</Text>
        </Picker>
        <Text className='nx-time-range__dash'>至</Text>
        <Picker mode='time' value={to} onChange={(e) => setTo(String(e.detail.value))}>
          <Text className='nx-time-range__field'>{to}</Text>
        </Picker>
      </View>
    ),
    value: (): Interval => [pickerMinutes(from), pickerMinutes(to, true)],
  };
}
