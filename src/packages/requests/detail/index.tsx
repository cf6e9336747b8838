import { View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { toast } from '../../../lib/confirm';
import { DetailActions, hasActionBar } from '../../../features/requests/components/detail-actions';
import { DetailHeader } from '../../../features/requests/components/detail-header';
import { DetailInfo } from '../../../features/requests/components/detail-info';
import { requestDetail } from '../../../features/requests/stores/detail';
import { RatingForm } from '../../../features/requests/components/rating-form';
import { RatingsView } from '../../../features/requests/components/ratings-view';
import { ReviewBox } from '../../../features/requests/components/review-box';
import { Timeline } from '../../../features/requests/components/timeline';
import './index.scss';

/** 暖心事详情: who is handling it and what happened; the viewer's next step (rate, dispatch, accept, complete …). */
function DetailPage() {
  const { params } = useRouter();
  const store = requestDetail(Number(params.id));
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const d = store.data;

  const review = (target: 'request' | 'rating') => (decision: 'release' | 'reject', reason: string) =>
    void store.step('requests.review', { id: store.id, target, decision, reason }).then((msg) => toast(msg ?? (decision === 'release' ? '已通过' : '已驳回'), msg ? 'none' : 'success'));

  return (
    <PageShell className={`nx-req-detail ${d && hasActionBar(d) ? 'nx-req-detail--with-bar' : ''}`}>
      <StateView skeleton='detail' loading={store.state.loading} error={store.state.error} onRetry={() => void store.load()}>
        {d && (
          <View>
            <DetailHeader detail={d} />
            {d.can.includes('release') && <ReviewBox what='诉求内容' label={d.reviewLabel} busy={store.busy} onDecide={review('request')} />}
            {d.canReviewComment && <ReviewBox what='评价留言' label={d.ratings.find((r) => r.commentState === 'held')?.commentLabel ?? null} busy={store.busy} onDecide={review('rating')} />}
            {d.can.includes('rate') && (
              <CellGroup title='评价这次服务'>
                <RatingForm
                  busy={store.busy}
                  onSubmit={async (r) => {
                    const msg = await store.step('requests.rate', { id: store.id, ...r });
                    if (!msg) toast(r.resolved === 'unresolved' ? '已退回社区重新办理' : '感谢您的评价', r.resolved === 'unresolved' ? 'none' : 'success');
                    return msg;
                  }}
                />
              </CellGroup>
            )}
            {d.canRateByPhone && (
              <CellGroup title='电话回访'>
                <RatingForm
                  busy={store.busy}
                  ask={`请电话询问${d.residentName}：对这次服务满意吗？`}
                  submitLabel='记录回访评价'
                  onSubmit={async (r) => {
                    const msg = await store.step('requests.rateByPhone', { id: store.id, ...r });
                    if (!msg) toast('已记录回访评价', 'success');
                    return msg;
                  }}
                />
              </CellGroup>
            )}
            <DetailInfo
              detail={d}
              revealedPhone={store.revealedPhone}
              onRevealPhone={() => store.revealPhone().then((msg) => msg && toast(msg))}
            />
            <CellGroup title='办理进度'>
              <Timeline steps={d.timeline} />
            </CellGroup>
            {d.ratings.length > 0 && (
              <CellGroup title='居民评价'>
                <RatingsView ratings={d.ratings} />
              </CellGroup>
            )}
            <DetailActions store={store} detail={d} />
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(DetailPage);
