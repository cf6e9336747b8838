import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { BOOKING_STATUS_LABELS, type StaffBookingView } from '../../../../types/venues/models';
import { BusyButton } from '../../../components/busy-button';
import { StatusTag } from '../../../components/status-tag';
import { formatClock, formatMinutes } from '../../../lib/time';
import { STATUS_TONES } from '../status-tones';
import type { StaffAction } from './staff-actions';
import './staff-booking-row.scss';

const BUTTONS: Record<StaffAction, string> = { approve: '通过', reject: '驳回', checkIn: '签到', noShow: '未到场', cancel: '取消' };

/** What a worker can do with a booking in its state (the server has the last word on times). */
function actionsOf(b: StaffBookingView, isToday: boolean): StaffAction[] {
  if (b.kind === 'event') return [];
  if (b.kind === 'reserved') return b.status === 'confirmed' ? ['cancel'] : [];
  // A week of a group's series is reviewed with its series (the link below), not on its own.
  if (b.status === 'pending') return b.seriesId ? [] : ['reject', 'approve'];
  // A group's week is cancelled on its series page (its contact is told there).
  const cancel: StaffAction[] = b.seriesId ? [] : ['cancel'];
  if (b.status === 'confirmed') return isToday ? [...cancel, 'noShow', 'checkIn'] : cancel;
  return [];
}

/** One booking in a worker's lists: time, person (phone masked), purpose, status in words, and the next actions. */
export function StaffBookingRow(props: {
  booking: StaffBookingView;
  today: string;
  /** On the 工作台, where bookings of several days and venues mix. */
  dateLabel?: string;
  showVenue?: boolean;
  /** Settles when the action is done: its button is busy and takes no second tap until then. */
  onAction: (a: StaffAction, b: StaffBookingView) => unknown;
}) {
  const b = props.booking;
  const label = b.kind === 'booking' ? BOOKING_STATUS_LABELS[b.status] : b.status === 'confirmed' ? (b.kind === 'event' ? '活动占用' : '社区保留') : '已取消';
  const tone = b.kind === 'booking' ? STATUS_TONES[b.status] : b.status === 'confirmed' ? 'brand' : 'closed';
  const title = b.kind === 'booking' ? `${b.personName} ${b.phoneMasked}` : b.reason;
  const detail = b.kind === 'booking' ? `${b.purpose} · ${b.headcount}人` : b.kind === 'event' ? '社区活动，请在活动管理中调整' : `${b.personName}保留`;
  return (
    <View className='nx-staff-row' data-booking={b.id}>
      <View className='nx-staff-row__main'>
        <View className='nx-staff-row__head'>
          <Text className='nx-staff-row__time'>
            {props.dateLabel ? `${props.dateLabel} ` : ''}
            {b.end - b.start >= 1440 ? '整天' : `${formatMinutes(b.start)}–${formatMinutes(b.end)}`}
          </Text>
          <StatusTag tone={tone} label={label} />
          {b.onBehalf && <StatusTag tone='closed' label='代约' className='nx-staff-row__tag' />}
          {b.seriesId && <StatusTag tone='brand' label='团体固定' className='nx-staff-row__tag' />}
        </View>
        <Text className='nx-staff-row__title'>{title}</Text>
        <Text className='nx-staff-row__detail'>
          {props.showVenue ? `${b.venueName} · ` : ''}
          {detail}
        </Text>
        {b.checkedInAt && <Text className='nx-staff-row__detail'>{formatClock(b.checkedInAt)} 签到</Text>}
        {b.releasedFrom !== null && <Text className='nx-staff-row__detail'>{formatMinutes(b.releasedFrom)} 起已释放</Text>}
        {b.reviewNote && <Text className='nx-staff-row__detail'>原因：{b.reviewNote}</Text>}
        {b.seriesId && (
          <Text className='nx-staff-row__series' onClick={() => void Taro.navigateTo({ url: `/packages/venues/series/index?id=${b.seriesId}` })}>
            {b.status === 'pending' ? '在固定时段中整体审核 ›' : '查看固定时段 ›'}
          </Text>
        )}
      </View>
      <View className='nx-staff-row__actions'>
        {actionsOf(b, b.date === props.today).map((a) => (
          <BusyButton key={a} className={`nx-staff-row__action nx-staff-row__action--${a}`} onPress={() => props.onAction(a, b)}>
            {BUTTONS[a]}
          </BusyButton>
        ))}
      </View>
    </View>
  );
}
