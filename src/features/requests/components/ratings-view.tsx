import { Text, View } from '@tarojs/components';
import type { RatingView } from '../../../../types/requests';
import { RESOLUTION_LABELS } from '../../../../types/requests/models';
import { RatingStars } from '../../../components/rating-stars';
import { StatusTag } from '../../../components/status-tag';
import { formatMoment } from '../../../lib/time';
import './ratings-view.scss';

const COMMENT_STATE: Record<RatingView['commentState'], string | null> = {
  none: null,
  visible: null,
  held: '留言待社区审核',
  rejected: '留言未通过审核',
};

/** The resident's ratings, one per round; a held or rejected comment says so instead of showing. */
export function RatingsView(props: { ratings: RatingView[] }) {
  return (
    <View className='nx-ratings'>
      {props.ratings.map((r) => (
        <View key={r.round} className='nx-ratings__item'>
          <View className='nx-ratings__head'>
            <RatingStars value={r.stars} />
            <StatusTag tone={r.resolved === 'resolved' ? 'ok' : r.resolved === 'partly' ? 'wait' : 'danger'} label={RESOLUTION_LABELS[r.resolved]} />
          </View>
          {r.tags.length > 0 && <Text className='nx-ratings__tags'>{r.tags.join(' · ')}</Text>}
          {r.comment && <Text className='nx-ratings__comment'>「{r.comment}」</Text>}
          {COMMENT_STATE[r.commentState] && (
            <Text className='nx-ratings__state'>
              {COMMENT_STATE[r.commentState]}
              {r.commentLabel ? `（${r.commentLabel}）` : ''}
            </Text>
          )}
          <Text className='nx-ratings__meta'>
            {formatMoment(r.at)}
            {r.unitName ? ` · ${r.unitName}` : ''}
            {props.ratings.length > 1 ? ` · 第${r.round}次办理` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
