import { Button, Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useRef } from 'react';
import { messageOf } from '../../../lib/errors';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { venueDay, type VenueDayStore } from '../../../features/venues/stores/day';
import { useStaffActions } from '../../../features/venues/components/staff-actions';
import { StaffBookingRow } from '../../../features/venues/components/staff-booking-row';
import { toast } from '../../../lib/confirm';
import { formatDate } from '../../../lib/time';
import './index.scss';

const canScan = process.env.TARO_ENV === 'weapp';

async function scanToCheckIn(day: VenueDayStore) {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    const name = await day.scan(result);
    toast(`${name || '居民'} 已签到`, 'success');
  } catch (err) {
    const cancelled = /cancel/i.test((err as { errMsg?: string })?.errMsg ?? '');
    if (!cancelled) toast(messageOf(err));
  }
}

/** 当日预约 (workers): every booking of the day in one venue — approve, check in by code or by name, no-shows, reserve. */
function DayPage() {
  const p = useRouter().params;
  const day = venueDay(Number(p.id));
  // Opened for the date it was asked for; coming back to it (from a booking form) keeps the day the worker moved to.
  const opened = useRef(false);
  useDidShow(() => {
    if (opened.current) return void day.reload();
    opened.current = true;
    void day.open(p.date);
  });
  usePullDownRefresh(() => void day.reload().finally(() => Taro.stopPullDownRefresh()));
  const actions = useStaffActions((b) => (b ? day.put(b) : day.reload()));
  const { data, state } = day.bookings;
  const today = data?.today ?? '';

  const reserveDay = () =>
    actions.ask({
      title: `整天保留 ${formatDate(day.date)}`,
      hint: '居民会看到当天所有时段为「社区保留」及原因',
      presets: ['主题党日', '社区文艺汇演', '换届选举', '场地检修'],
      confirmText: '整天保留',
      onSubmit: (reason) => day.reserveDay(reason).then(() => toast('已整天保留', 'success'), (err) => toast(messageOf(err))),
    });

  return (
    <PageShell className='nx-day'>
      <View className='nx-day__head'>
        <Text className='nx-day__venue'>{data?.venue.name ?? ''}</Text>
        <View className='nx-day__nav'>
          <Text className='nx-day__arrow' onClick={() => void day.shift(-1)}>
            ‹ 前一天
          </Text>
          <Picker mode='date' value={day.date} onChange={(e) => void day.open(String(e.detail.value))}>
            <Text className='nx-day__date'>{day.date && formatDate(day.date, { today })}</Text>
          </Picker>
          <Text className='nx-day__arrow' onClick={() => void day.shift(1)}>
            后一天 ›
          </Text>
        </View>
        <View className='nx-day__tools'>
          {canScan && (
            <Button className='nx-button-primary nx-day__tool' onClick={() => void scanToCheckIn(day)}>
              扫码签到
            </Button>
          )}
          <Button className='nx-button-plain nx-day__tool' onClick={reserveDay}>
            整天保留
          </Button>
        </View>
      </View>
      <StateView
        loading={state.loading}
        error={state.error}
        empty={!!data && data.bookings.length === 0}
        emptyText='当天没有预约或保留'
        onRetry={() => void day.reload()}
      >
        <View className='nx-day__list'>
          {data?.bookings.map((b) => <StaffBookingRow key={b.id} booking={b} today={today} onAction={(a, x) => actions.run(a, x)} />)}
        </View>
      </StateView>
      {actions.sheet}
    </PageShell>
  );
}

export default observer(DayPage);
