import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { QUICK_TAGS, RESOLUTION_LABELS, RESOLUTIONS, type Resolution } from '../../../../types/requests/models';
import { RatingStars } from '../../../components/rating-stars';
import { Chips, optionsOf } from '../../../components/chips';
import { TextArea } from '../../../components/field';
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
export function RatingForm(props: {
  busy: boolean;
  onSubmit: (r: RatingValue) => Promise<string | null>;
  /** 电话回访: the worker asks on the phone and records what they hear. */
  ask?: string;
  submitLabel?: string;
}) {
  const [stars, setStars] = useState(0);
  const [tags, setTags] = useState<QuickTag[]>([]);
  const [resolved, setResolved] = useState<Resolution>('resolved');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (stars === 0) setError('请先点星星打分');
    else if (resolved === 'unresolved' && !comment.trim()) setError('请说说还有什么没解决，社区会重新安排');
    else setError(await props.onSubmit({ stars, tags, comment: comment.trim(), resolved }));
  };

  return (
    <View className='nx-rate'>
      <Text className='nx-rate__ask'>{props.ask ?? '这次服务您满意吗？'}</Text>
      <RatingStars value={stars} onChange={(n) => {
          setStars(n);
          setError(null);
        }} className='nx-rate__stars' />
      <Text className='nx-rate__label'>问题解决了吗</Text>
      <Chips
        label='问题解决了吗'
        layout='grid3'
        options={RESOLUTIONS.map((r) => ({ key: r, label: RESOLUTION_LABELS[r] }))}
        isOn={(r) => resolved === r}
        onTap={setResolved}
      />
      {resolved === 'unresolved' && <Text className='nx-rate__hint'>提交后将退回社区重新办理，并通知社区工作人员</Text>}
      <Text className='nx-rate__label'>印象（可多选）</Text>
      <Chips
        label='印象'
        multiple
        layout='grid3'
        options={optionsOf(QUICK_TAGS)}
        isOn={(t) => tags.includes(t)}
        onTap={(t) => setTags((now) => (now.includes(t) ? now.filter((x) => x !== t) : [...now, t]))}
      />
      <TextArea
        label='评价内容'
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
        {props.submitLabel ?? '提交评价'}
      </BusyButton>
    </View>
  );
}
