import { Text, View } from '@tarojs/components';
import type { EventDetail } from '../../../../types/events';
import { QrCode } from '../../../components/qr-code';
import { RatingStars } from '../../../components/rating-stars';
import { StatusTag } from '../../../components/status-tag';
import { signupTag } from '../../../features/events/labels';
import { formatClock } from '../../../lib/time';

/** My seat, waitlist place or check-in code; and my rating once given. */
export function MySignupCard({ e }: { e: EventDetail }) {
  const my = e.my;
  if (!my || (my.status !== 'confirmed' && my.status !== 'waitlisted' && !my.rating)) return null;
  const tag = signupTag({ status: my.status, position: my.position, checkedIn: my.checkedInAt !== null });
  return (
    <View className='nx-card nx-mine'>
      <View className='nx-mine__head'>
        <Text className='nx-card__title'>我的报名</Text>
        <StatusTag tone={tag.tone} label={tag.label} className='nx-mine__status' />
      </View>
      <Text className='nx-mine__line'>
        {my.partySize > 1 ? `共${my.partySize}人` : '1人'}
        {my.status === 'waitlisted' && my.position ? ` · 前面还有${my.position - 1}位，有人取消时按顺序自动补上并通知您` : ''}
        {my.checkedInAt ? ` · ${formatClock(my.checkedInAt)} 已签到` : ''}
      </Text>
      {my.checkinCode && !my.checkedInAt && (
        <View className='nx-mine__code'>
          <QrCode value={my.checkinCode} size={360} />
          <Text className='nx-mine__code-hint'>签到码：到场后请向工作人员出示</Text>
        </View>
      )}
      {my.rating && (
        <View className='nx-mine__rating'>
          <RatingStars value={my.rating.score} />
          {my.rating.comment && <Text className='nx-mine__comment'>{my.rating.comment}</Text>}
        </View>
      )}
    </View>
  );
}
