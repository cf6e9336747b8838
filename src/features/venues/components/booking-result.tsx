import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { BookingStatus, VenueDetail } from '../../../../types/venues/models';
import { formatDate, formatMinutes } from '../../../lib/time';
import type { BookTarget } from '../stores/booking-form';
import './booking-result.scss';

function words(status: BookingStatus, kind: 'booking' | 'reserved', mode: BookTarget['mode'], checkinMinutes: number) {
  if (kind === 'reserved') return { tone: 'ok', badge: '社区保留', title: '已保留', text: '居民会看到这些时段为「社区保留」及原因。' };
  if (status === 'pending') return { tone: 'wait', badge: '待审核', title: '已提交，等待社区审核', text: '审核结果会通过微信通知您，也可以在「我的预约」里查看。' };
  if (mode === 'behalf') return { tone: 'ok', badge: '已预约', title: '已为居民预约', text: '请告知居民按时到场，由工作人员按姓名签到。' };
  return { tone: 'ok', badge: '已预约', title: '预约成功', text: `请在开始前后${checkinMinutes}分钟内到场，向工作人员出示「我的预约」里的签到码。` };
}

/** What happened after submitting: 已预约 or 待审核, in words, and where to go next. */
export function BookingResult(props: { venue: VenueDetail; target: BookTarget; today: string; result: { status: BookingStatus; kind: 'booking' | 'reserved' } }) {
  const w = words(props.result.status, props.result.kind, props.target.mode, props.venue.rules.checkinWindowMinutes);
  return (
    <View className='nx-booking-result'>
      <View className={`nx-booking-result__icon nx-booking-result__icon--${w.tone}`}>
        <Text>{w.tone === 'ok' ? '✓' : '…'}</Text>
      </View>
      <Text className={`nx-booking-result__badge nx-booking-result__badge--${w.tone}`}>{w.badge}</Text>
      <Text className='nx-booking-result__title'>{w.title}</Text>
      <Text className='nx-booking-result__when'>
        {props.venue.name} · {formatDate(props.target.date, { today: props.today })} {formatMinutes(props.target.start)}–{formatMinutes(props.target.end)}
      </Text>
      <Text className='nx-booking-result__text'>{w.text}</Text>
      <View className='nx-booking-result__actions'>
        {props.target.mode === 'resident' ? (
          <Button className='nx-button-primary' onClick={() => void Taro.redirectTo({ url: '/packages/venues/mine/index' })}>
            查看我的预约
          </Button>
        ) : (
          <Button className='nx-button-primary' onClick={() => void Taro.redirectTo({ url: `/packages/venues/day/index?id=${props.venue.id}&date=${props.target.date}` })}>
            查看当日预约
          </Button>
        )}
        <Button className='nx-button-plain nx-booking-result__back' onClick={() => void Taro.navigateBack()}>
          返回场地
        </Button>
      </View>
    </View>
  );
}
