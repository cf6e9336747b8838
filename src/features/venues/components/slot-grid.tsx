import { Text, View } from '@tarojs/components';
import { SLOT_STATE_LABELS, type Slot } from '../../../../types/venues/models';
import { formatMinutes } from '../../../lib/time';
import type { Run } from '../selection';
import './slot-grid.scss';

const inRun = (run: Run | null, i: number) => !!run && i >= run.first && i <= run.last;

/**
 * The slots of one day, three to a row. Each cell says its state in words (可预约, 社区保留 …), so colour is never the
 * only signal; a break in the day's hours shows as a line with the closed time.
 */
export function SlotGrid(props: { slots: Slot[]; run: Run | null; onTap: (index: number) => void }) {
  const rows: { gapBefore: string | null; cells: { slot: Slot; index: number }[] }[] = [];
  props.slots.forEach((slot, index) => {
    const prev = props.slots[index - 1];
    const gap = prev && prev.end < slot.start ? `${formatMinutes(prev.end)}–${formatMinutes(slot.start)} 不开放` : null;
    if (gap || rows.length === 0 || rows[rows.length - 1].cells.length === 3) rows.push({ gapBefore: gap, cells: [] });
    rows[rows.length - 1].cells.push({ slot, index });
  });
  return (
    <View className='nx-slot-grid'>
      {rows.map((row) => (
        <View key={row.cells[0].index}>
          {row.gapBefore && <Text className='nx-slot-grid__gap'>{row.gapBefore}</Text>}
          <View className='nx-slot-grid__row'>
            {row.cells.map(({ slot, index }) => {
              const chosen = inRun(props.run, index);
              return (
                <View
                  key={index}
                  data-start={slot.start}
                  data-state={slot.state}
                  className={`nx-slot nx-slot--${slot.state} ${chosen ? 'nx-slot--chosen' : ''}`}
                  onClick={() => props.onTap(index)}
                >
                  <Text className='nx-slot__time'>
                    {formatMinutes(slot.start)}–{formatMinutes(slot.end)}
                  </Text>
                  <Text className='nx-slot__state'>{chosen ? '已选' : SLOT_STATE_LABELS[slot.state]}</Text>
                  {slot.state === 'reserved' && slot.note && <Text className='nx-slot__note'>{slot.note}</Text>}
                  {slot.state === 'pending' && slot.mine && <Text className='nx-slot__note nx-slot__note--mine'>我的申请</Text>}
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </View>
  );
}
