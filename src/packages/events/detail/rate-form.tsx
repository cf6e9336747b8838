import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RatingStars } from '../../../components/rating-stars';
import { NoteArea } from '../../../features/events/components/note-area';
import { BusyButton } from '../../../components/busy-button';

/** 1–5 stars and an optional comment, once, after the event. */
export function RateForm(props: { busy: boolean; error: string | null; onSubmit: (score: number, comment: string) => void }) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <View className='nx-card nx-rate'>
      <Text className='nx-card__title'>活动结束了，给这次活动打个分吧</Text>
      <RatingStars value={score} onChange={setScore} className='nx-rate__stars' />
      <NoteArea label='评价内容' value={comment} maxlength={200} placeholder='说说您的感受或建议（选填）' onInput={setComment} />
      {props.error && <Text className='nx-rate__error'>{props.error}</Text>}
      <BusyButton
        className={`nx-button-primary nx-rate__submit ${score === 0 || props.busy ? 'nx-button-primary--disabled' : ''}`}
        busy={props.busy}
        disabled={score === 0}
        onPress={() => props.onSubmit(score, comment.trim())}
      >
        {score === 0 ? '请先选择星级' : '提交评价'}
      </BusyButton>
    </View>
  );
}
