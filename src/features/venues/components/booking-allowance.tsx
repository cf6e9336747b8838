import { Text, View } from '@tarojs/components';
import type { BookingAllowance, VenueRules } from '../../../../types/venues/models';
import { durationText, weekOfDate, weekWord } from '../allowance';
import './booking-allowance.scss';

interface Props {
  allowance: BookingAllowance;
  rules: VenueRules;
  /** The day shown: its week's hours left are the ones that matter now. */
  date: string;
  today: string;
}

/**
 * 我的预约额度 on the room page, before the person picks: the hours their week has left, the bookings they hold, the
 * notice and the cancel deadline — the rules the booking will be held to, with nothing learnt only on 提交.
 */
export function BookingAllowanceNote({ allowance, rules, date, today }: Props) {
  const week = weekOfDate(allowance, date);
  const full = allowance.upcoming >= allowance.maxUpcoming;
  return (
    <View className='nx-allowance' aria-label='我的预约额度'>
      <Text className='nx-allowance__title'>我的预约额度</Text>
      {week && (
        <View className='nx-allowance__row'>
          <Text className='nx-allowance__label'>{weekWord(week.first, today)}还可预约</Text>
          <Text className={`nx-allowance__value ${week.minutesLeft === 0 ? 'nx-allowance__value--out' : ''}`}>
            {week.minutesLeft === 0 ? '已用完' : durationText(week.minutesLeft)}（每周最多{durationText(allowance.maxMinutesPerWeek)}）
          </Text>
        </View>
      )}
      <View className='nx-allowance__row'>
        <Text className='nx-allowance__label'>未开始的预约</Text>
        <Text className={`nx-allowance__value ${full ? 'nx-allowance__value--out' : ''}`}>
          {allowance.upcoming}个（最多{allowance.maxUpcoming}个）
        </Text>
      </View>
      <View className='nx-allowance__row'>
        <Text className='nx-allowance__label'>提前预约</Text>
        <Text className='nx-allowance__value'>至少提前{durationText(rules.minNoticeMinutes)}</Text>
      </View>
      <View className='nx-allowance__row'>
        <Text className='nx-allowance__label'>取消截止</Text>
        <Text className='nx-allowance__value'>开始前{durationText(rules.cancelDeadlineMinutes)}</Text>
      </View>
    </View>
  );
}
