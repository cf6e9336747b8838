import { Picker } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { WEEKDAY_LABELS } from '../../../../types/events/models';
import { Cell, CellGroup, SwitchCell } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/stores/event-form';
import { TimePicker } from '../../../components/time-picker';
import { formatDate } from '../../../lib/time';
import { ChipRow } from './chip-row';
import { FieldError } from './field-error';

/** 日期, 开始, 结束, and for new events 每周重复 on chosen weekdays until a date. */
export const ScheduleSection = observer(function ScheduleSection({ store }: { store: EventFormStore }) {
  return (
    <CellGroup title='时间'>
      <Picker mode='date' value={store.date} onChange={(e) => store.set('date', String(e.detail.value))}>
        <Cell label='日期' value={store.date ? formatDate(store.date) : '请选择'} arrow className='nx-form__date' />
      </Picker>
      <TimePicker value={store.start} onChange={(t) => store.set('start', t)}>
        <Cell label='开始' value={store.start} arrow />
      </TimePicker>
      <FieldError store={store} fields={['startsAt']} />
      <TimePicker value={store.end} onChange={(t) => store.set('end', t)}>
        <Cell label='结束' value={store.end} arrow />
      </TimePicker>
      <FieldError store={store} fields={['endsAt']} />
      {!store.editing && (
        <SwitchCell className='nx-form__repeat' label='每周重复' hint='如每周二、周四的排练' checked={store.repeat} onChange={(on) => store.setRepeat(on)} />
      )}
      {store.repeat && !store.editing && (
        <>
          <ChipRow
            label='每周'
            multiple
            items={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ key: d, label: WEEKDAY_LABELS[d].slice(1) }))}
            isOn={(d) => store.weekdays.includes(d)}
            onTap={(d) => store.toggleWeekday(d)}
          />
          <Picker mode='date' value={store.until} onChange={(e) => store.set('until', String(e.detail.value))}>
            <Cell label='重复到' value={formatDate(store.until)} arrow />
          </Picker>
          <FieldError store={store} fields={['recurrence']} />
        </>
      )}
    </CellGroup>
  );
});
