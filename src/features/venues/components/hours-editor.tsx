import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Interval } from '../../../../types/venues/models';
import { formatMinutes } from '../../../lib/time';
import { useTimeRange } from './time-range-picker';
import './hours-editor.scss';

const DAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** A new interval for one day: start and end from time pickers, then 添加. */
function AddInterval(props: { onAdd: (i: Interval) => void; onCancel: () => void }) {
  const range = useTimeRange('18:00', '21:00');
  return (
    <View className='nx-hours__add'>
      {range.element}
      <Text className='nx-hours__link' onClick={() => props.onAdd(range.value())}>
        添加
      </Text>
      <Text className='nx-hours__link nx-hours__link--quiet' onClick={props.onCancel}>
        取消
      </Text>
    </View>
  );
}

/**
 * Weekly hours, a row per day: the open intervals (tap ✕ to remove), + 时段 to add one, and shortcuts to copy Monday
 * to every workday and Saturday to Sunday, since most rooms open 错时 the same way every workday and every weekend.
 */
export function HoursEditor(props: { weekly: Interval[][]; onDay: (day: number, intervals: Interval[]) => void; onCopy: (from: number, to: number[]) => void }) {
  const [adding, setAdding] = useState<number | null>(null);
  return (
    <View className='nx-hours'>
      <View className='nx-hours__shortcuts'>
        <Text className='nx-hours__link' onClick={() => props.onCopy(0, [1, 2, 3, 4])}>
          工作日同周一
        </Text>
        <Text className='nx-hours__link' onClick={() => props.onCopy(5, [6])}>
          周日同周六
        </Text>
      </View>
      {props.weekly.map((intervals, day) => (
        <View key={day} className='nx-hours__day'>
          <Text className='nx-hours__name'>{DAY_NAMES[day]}</Text>
          <View className='nx-hours__intervals'>
            {intervals.length === 0 && <Text className='nx-hours__closed'>不开放</Text>}
            {intervals.map(([s, e], i) => (
              <Text key={i} className='nx-hours__interval' onClick={() => props.onDay(day, intervals.filter((_, k) => k !== i))}>
                {formatMinutes(s)}–{formatMinutes(e)} ✕
              </Text>
            ))}
            {adding === day ? (
              <AddInterval
                onCancel={() => setAdding(null)}
                onAdd={(iv) => {
                  props.onDay(day, [...intervals, iv].sort((a, b) => a[0] - b[0]));
                  setAdding(null);
                }}
              />
            ) : (
              intervals.length < 4 && (
                <Text className='nx-hours__link' onClick={() => setAdding(day)}>
                  + 时段
                </Text>
              )
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
