import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { SpecialDate } from '../../../../types/venues/models';
import { BusyButton } from '../../../components/busy-button';
import { confirmAction, toast } from '../../../lib/confirm';
import { formatDate, formatMinutes } from '../../../lib/time';
import { Chips, type ChipOption } from '../../../components/chips';
import { useTimeRange } from './time-range-picker';
import './special-dates-editor.scss';
import { TextInput } from '../../../components/field';

const KINDS: ChipOption<'closed' | 'open'>[] = [
  { key: 'closed', label: '闭馆' },
  { key: 'open', label: '加开' },
];

type Save = (input: { date: string; kind: 'closed' | 'open' | 'none'; intervals?: [number, number][]; reason?: string }) => Promise<string | null>;


/** 闭馆 (设备检修) or 加开 (重阳节加开) on given dates; removing one brings the weekly hours back. */
export function SpecialDatesEditor(props: { dates: SpecialDate[]; today: string; onSave: Save }) {
  const [date, setDate] = useState(props.today);
  const [kind, setKind] = useState<'closed' | 'open'>('closed');
  const hours = useTimeRange('09:00', '12:00');
  const [reason, setReason] = useState('');

  const save = async () => {
    const failure = await props.onSave({ date, kind, reason, ...(kind === 'open' && { intervals: [hours.value()] }) });
    toast(failure ?? '已保存', failure ? 'none' : 'success');
    if (!failure) setReason('');
  };
  const remove = async (d: SpecialDate) => {
    if (!(await confirmAction({ title: '恢复正常开放？', content: `${formatDate(d.date)} 将按每周开放时间开放。`, confirmText: '恢复' }))) return;
    const failure = await props.onSave({ date: d.date, kind: 'none' });
    toast(failure ?? '已恢复', failure ? 'none' : 'success');
  };

  return (
    <View className='nx-special'>
      {props.dates.map((d) => (
        <View key={d.date} className='nx-special__row'>
          <View className='nx-special__text'>
            <Text className='nx-special__date'>{formatDate(d.date)}</Text>
            <Text className='nx-special__what'>
              {d.kind === 'closed' ? '闭馆' : `加开 ${d.intervals.map(([s, e]) => `${formatMinutes(s)}–${formatMinutes(e)}`).join('、')}`}
              {d.reason ? ` · ${d.reason}` : ''}
            </Text>
          </View>
          <BusyButton className='nx-special__remove' onPress={() => remove(d)}>
            恢复
          </BusyButton>
        </View>
      ))}
      <View className='nx-special__form'>
        <View className='nx-special__line'>
          <Picker mode='date' value={date} start={props.today} onChange={(e) => setDate(String(e.detail.value))}>
            <Text className='nx-special__field'>{formatDate(date)}</Text>
          </Picker>
          <Chips label='闭馆或加开' className='nx-special__kinds' options={KINDS} isOn={(k) => k === kind} onTap={setKind} />
        </View>
        {kind === 'open' && <View className='nx-special__line'>{hours.element}</View>}
        <TextInput label={kind === 'closed' ? '闭馆原因' : '加开说明'} className='nx-special__reason' value={reason} maxlength={30} placeholder={kind === 'closed' ? '原因，如：设备检修' : '说明，如：重阳节加开'} onInput={(e) => setReason(e.detail.value)} />
        <BusyButton className='nx-button-plain nx-special__save' onPress={save}>
          保存特殊日期
        </BusyButton>
      </View>
    </View>
  );
}
