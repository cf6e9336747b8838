import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react';
import { Cell, CellGroup } from '../../../components/cell';
import { StateView } from '../../../components/state-view';
import { formatDate } from '../../../lib/time';
import { useStaffActions } from './staff-actions';
import { StaffBookingRow } from './staff-booking-row';
import { venueWorkbench } from '../stores/workbench';
import './workbench.scss';

/** 工作台 section of the venues feature: pending approvals first (soonest first), then today's bookings to check in. */
export const VenuesWorkbench = observer(function VenuesWorkbench() {
  useDidShow(() => void venueWorkbench.load());
  const actions = useStaffActions(() => venueWorkbench.load());
  const { data, state } = venueWorkbench;
  const today = data?.date ?? '';
  return (
    <View className='nx-venues-bench'>
      <StateView loading={state.loading} error={state.error} onRetry={() => void venueWorkbench.load()}>
        {data && (
          <>
            <CellGroup title={`场地预约 · 待审核（${data.pending.length}）`}>
              {data.pending.length === 0 && <Text className='nx-venues-bench__empty'>没有待审核的预约</Text>}
              {data.pending.map((b) => (
                <StaffBookingRow key={b.id} booking={b} today={today} dateLabel={formatDate(b.date, { today })} showVenue onAction={(a, x) => actions.run(a, x)} />
              ))}
            </CellGroup>
            <CellGroup title={`场地预约 · 今日（${data.today.length}）`}>
              {data.today.length === 0 && <Text className='nx-venues-bench__empty'>今天没有场地预约</Text>}
              {data.today.map((b) => (
                <StaffBookingRow key={b.id} booking={b} today={today} showVenue onAction={(a, x) => actions.run(a, x)} />
              ))}
              <Cell label='场地管理' hint='新建或编辑场地、当日预约、整天保留' arrow onClick={() => void Taro.navigateTo({ url: '/packages/venues/manage/index' })} />
            </CellGroup>
          </>
        )}
      </StateView>
      {actions.sheet}
    </View>
  );
});
