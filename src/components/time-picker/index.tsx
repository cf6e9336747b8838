import { Picker } from '@tarojs/components';
import type { ReactNode } from 'react';
import { nearestStep, TIME_HOURS, TIME_MINUTES } from './steps';

/**
 * A clock time in 5-minute steps ('HH:MM'): two wheels, hours and minutes, instead of the system time picker, which
 * steps through every minute. The child is what shows the time and is tapped.
 */
export function TimePicker(props: { value: string; onChange: (hhmm: string) => void; children: ReactNode; className?: string }) {
  const [h, m] = nearestStep(props.value);
  return (
    <Picker
      mode='multiSelector'
      className={props.className}
      range={[TIME_HOURS, TIME_MINUTES]}
      value={[h, m]}
      onChange={(e) => {
        const [hi, mi] = e.detail.value as number[];
        props.onChange(`${TIME_HOURS[hi]}:${TIME_MINUTES[mi]}`);
      }}
    >
      {props.children}
    </Picker>
  );
}
