import { Text, View } from '@tarojs/components';
import { BOOKING_STATUS_LABELS, type BookingView } from '../../../../types/venues/models';
import { QrCode } from '../../../components/qr-code';
import { StatusTag } from '../../../components/status-tag';
import { formatClock, formatDate, formatMinutes, formatMoment } from '../../../lib/time';
import { STATUS_TONES } from '../status-tones';
import { BusyButton } from '../../../components/busy-button';
import './booking-card.scss';

/** One of my bookings: when and where, its status in words, why it was turned down, the check-in code on the day. */
export function BookingCard(props: { booking: BookingView; today: string; cancelling: boolean; onCancel: (b: BookingView) => void }) {
  const b = props.booking;
  return (
    <View className='nx-booking-card' data-booking={b.id}>
      <View className='nx-booking-card__head'>
        <Text className='nx-booking-card__venue'>{b.venueName}</Text>
        <StatusTag tone={STATUS_TONES[b.status]} label={BOOKING_STATUS_LABELS[b.status]} />
      </View>
      <Text className='nx-booking-card__when'>
        {formatDate(b.date, { today: props.today })} {formatMinutes(b.start)}–{formatMinutes(b.end)}
      </Text>
      <Text className='nx-booking-card__line'>{b.venueAddress}</Text>
      <Text className='nx-booking-card__line'>
        {b.purpose} · {b.headcount}人
      </Text>
      {b.status === 'pending' && <Text className='nx-booking-card__note'>等待社区审核，结果会通过微信通知您</Text>}
      {b.reviewNote && ['rejected', 'cancelled', 'expired'].includes(b.status) && (
        <Text className='nx-booking-card__note nx-booking-card__note--danger'>
          {b.status === 'rejected' ? '未通过原因' : b.status === 'expired' ? '失效原因' : '社区取消原因'}：{b.reviewNote}
        </Text>
      )}
      {b.status === 'no_show' && <Text className='nx-booking-card__note nx-booking-card__note--danger'>未在开始前后按时签到，已记为未到场</Text>}
      {b.checkinCode && (
        <View className='nx-booking-card__checkin'>
          <QrCode value={b.checkinCode} size={320} />
          <Text className='nx-booking-card__checkin-text'>
            签到码 · 请在 {formatClock(b.checkinFrom)}–{formatClock(b.checkinUntil)} 向工作人员出示
          </Text>
        </View>
      )}
      {b.cancelUntil && (
        <View className='nx-booking-card__foot'>
          <Text className='nx-booking-card__deadline'>{formatMoment(b.cancelUntil)}前可取消</Text>
          <BusyButton className='nx-booking-card__cancel' busy={props.cancelling} onPress={() => props.onCancel(b)}>
            {b.status === 'pending' ? '撤回申请' : '取消预约'}
          </BusyButton>
        </View>
      )}
    </View>
  );
}
