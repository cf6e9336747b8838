import { Text, View } from '@tarojs/components';
import type { Attendee } from '../../../../types/events';
import { StatusTag } from '../../../components/status-tag';
import { formatClock } from '../../../lib/time';
import { BusyButton } from '../../../components/busy-button';

interface Props {
  a: Attendee;
  checkinOpen: boolean;
  removable: boolean;
  busy: boolean;
  onCheckIn: (a: Attendee) => unknown;
  onRemove: (a: Attendee) => unknown;
}

/** One person on the list: name, masked phone, party size and arrival; 签到 on the day, 移出 before the start. */
export function AttendeeRow({ a, checkinOpen, removable, busy, onCheckIn, onRemove }: Props) {
  return (
    <View className='nx-attendee' data-signup-id={a.signupId}>
      <View className='nx-attendee__main'>
        <Text className='nx-attendee__name'>{a.name}</Text>
        <Text className='nx-attendee__meta'>
          {a.phoneMasked || '未留电话'} · {a.partySize}人 · 第{a.arrival}个报名
        </Text>
        {a.rating && (
          <Text className='nx-attendee__rating'>
            评价 {a.rating.score}星{a.rating.comment ? `：${a.rating.comment}` : ''}
          </Text>
        )}
      </View>
      <View className='nx-attendee__side'>
        {a.status === 'waitlisted' && <StatusTag tone='wait' label={`候补第${a.position}位`} />}
        {a.status === 'confirmed' && a.checkedInAt && <StatusTag tone='ok' label={`${formatClock(a.checkedInAt)} 已签到`} />}
        {a.status === 'confirmed' && !a.checkedInAt && checkinOpen && (
          <BusyButton className='nx-attendee__checkin' busy={busy} onPress={() => onCheckIn(a)}>
            签到
          </BusyButton>
        )}
        {a.status === 'confirmed' && !a.checkedInAt && !checkinOpen && <StatusTag tone='closed' label='未签到' />}
        {removable && (
          <BusyButton className='nx-attendee__remove' busy={busy} onPress={() => onRemove(a)}>
            移出
          </BusyButton>
        )}
      </View>
    </View>
  );
}
