import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../../components/cell';
import type { VenueWorkbench } from '../../../../types/venues/lists';
import { formatDate } from '../../../lib/time';
import { useStaffActions } from './staff-actions';
import { StaffBookingRow } from './staff-booking-row';
import { patchWorkbench } from '../staff-lists';
import { everyWeek, seriesSpan } from '../series-words';
import './workbench.scss';

/**
 * 工作台 section of the venues feature: pending approvals first (soonest first), then today's bookings to check in.
 * The page reads the data; `onChanged` gets the section as an action on a booking left it, or null after a refusal.
 */
export const VenuesWorkbench = observer(function VenuesWorkbench(props: { data: VenueWorkbench; onChanged: (next: VenueWorkbench | null) => unknown }) {
  const actions = useStaffActions((b) => props.onChanged(b ? patchWorkbench(props.data, b) : null));
  const { data } = props;
  const today = data.date;
  return (
    <View className='nx-venues-bench'>
        <CellGroup title={`场地预约 · 待审核（${data.pending.length}）`}>
          {data.pending.length === 0 && <Text className='nx-venues-bench__empty'>没有待审核的预约</Text>}
          {data.pending.map((b) => (
            <StaffBookingRow key={b.id} booking={b} today={today} dateLabel={formatDate(b.date, { today })} showVenue onAction={(a, x) => actions.run(a, x)} />
          ))}
        </CellGroup>
        {data.pendingSeries.length > 0 && (
          <CellGroup title={`团体固定时段 · 待审核（${data.pendingSeries.length}）`}>
            {data.pendingSeries.map((s) => (
              <Cell
                key={s.id}
                className='nx-venues-bench__series'
                label={`${s.groupName} · ${s.venueName}`}
                hint={`${everyWeek(s.firstDate, s.start, s.end)} · ${seriesSpan(s)} · ${s.purpose}`}
                arrow
                onClick={() => void Taro.navigateTo({ url: `/packages/venues/series/index?id=${s.id}` })}
              />
            ))}
          </CellGroup>
        )}
        <CellGroup title={`场地预约 · 今日（${data.today.length}）`}>
          {data.today.length === 0 && <Text className='nx-venues-bench__empty'>今天没有场地预约</Text>}
          {data.today.map((b) => (
            <StaffBookingRow key={b.id} booking={b} today={today} showVenue onAction={(a, x) => actions.run(a, x)} />
          ))}
          <Cell label='场地管理' hint='新建或编辑场地、当日预约、整天保留' arrow onClick={() => void Taro.navigateTo({ url: '/packages/venues/manage/index' })} />
          <Cell label='团体管理' hint='合唱队、书画社等团体的联系人、场地与每周额度' arrow onClick={() => void Taro.navigateTo({ url: '/packages/venues/groups/index' })} />
        </CellGroup>
      {actions.sheet}
    </View>
  );
});
