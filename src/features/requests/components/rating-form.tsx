import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { QUICK_TAGS, RESOLUTION_LABELS, RESOLUTIONS, type Resolution } from '../../../../types/requests';
import { RatingStars } from '../../../components/rating-stars';
import { ChoiceChips } from './choice-chips';
import { BusyButton } from '../../../components/busy-button';
import './rating-form.scss';

type QuickTag = (typeof QUICK_TAGS)[number];

export interface RatingValue {
  stars: number;
  tags: QuickTag[];
  comment: string;
  resolved: Resolution;
}

/** 群众评单: stars, quick tags, 是否解决 and a comment. 未解决 sends it back to the community, so it asks why. */
export function RatingForm(props: { busy: boolean; onSubmit: (r: RatingValue) => Promise<string | null> }) {
  const [stars, setStars] = useState(0);
  const [tags, setTags] = useState<QuickTag[]>([]);
  const [resolved, setResolved] = useState<Resolution>('resolved');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const labels = RESOLUTIONS.map((r) => RESOLUTION_LABELS[r]);

  const submit = async () => {
    if (stars === 0) setError('请先点星星打分');
    else if (resolved === 'unresolved' && !comment.trim()) setError('请说说还有什么没解决，社区会重新安排');
    else setError(await props.onSubmit({ stars, tags, comment: comment.trim(), resolved }));
  };

  return (
    <View className='nx-rate'>
      <Text className='nx-rate__ask'>这次服务您满意吗？</Text>
      <RatingStars value={stars} onChange={(n) => {
          setStars(n);
          setError(null);
        }} className='nx-rate__stars' />
      <Text className='nx-rate__label'>问题解决了吗</Text>
      <ChoiceChips
        options={labels}
        selected={[RESOLUTION_LABELS[resolved]]}
        columns={3}
        onToggle={(label) => setResolved(RESOLUTIONS[labels.indexOf(label)])}
      />
      {resolved === 'unresolved' && <Text className='nx-rate__hint'>提交后将退回社区重新办理，并通知社区工作人员</Text>}
      <Text className='nx-rate__label'>印象（可多选）</Text>
      <ChoiceChips
        options={QUICK_TAGS}
        selected={tags}
        columns={3}
        onToggle={(t) => setTags((now) => (now.includes(t as QuickTag) ? now.filter((x) => x !== t) : [...now, t as QuickTag]))}
      />
      <Textarea
        className='nx-rate__comment'
        value={comment}
        maxlength={200}
        placeholder={resolved === 'unresolved' ? '请说说还有什么问题没解决（必填）' : '说说您的感受（选填）'}
        onInput={(e) => setComment(e.detail.value)}
      />
      {error && (
        <View className='nx-rate__error' role='alert'>
          {error}
        </View>
      )}
      <BusyButton className={`nx-button-primary nx-rate__submit ${props.busy ? 'nx-button-primary--disabled' : ''}`} busy={props.busy} onPress={submit}>
        提交评价
      </BusyButton>
    </View>
  );
}
