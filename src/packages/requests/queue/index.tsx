import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useLoad, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { QUEUE_FILTER_LABELS, type QueueFilter } from '../../../../types/requests';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { session } from '../../../features/people/stores/session';
import { CommunityPicker } from '../../../features/requests/components/community-picker';
import { PagedRequests } from '../../../features/requests/components/paged-requests';
import { workQueue } from '../../../features/requests/stores/queue';
import { workCommunities } from '../../../features/requests/work-communities';
import './index.scss';

/** Work first: 待派单, 超时 and 待审核 before what is moving or done. */
const TABS: QueueFilter[] = ['pending', 'overdue', 'review', 'active', 'completed', 'closed'];

/** Tabs of finished work carry no count: a growing number there is not a call to act. */
const HISTORY: QueueFilter[] = ['completed', 'closed'];

const EMPTY: Record<QueueFilter, string> = {
  pending: '没有待派单的暖心事',
  overdue: '没有超时的暖心事',
  review: '没有待审核的内容',
  active: '没有办理中的暖心事',
  completed: '没有等待居民评价的暖心事',
  closed: '还没有办结的暖心事',
};

/** The worker's queue: by status and category; a request opens its detail, where it is dispatched. */
function QueuePage() {
  const { params } = useRouter();
  const store = workQueue;
  useLoad(() => store.visit((params.filter as QueueFilter) || 'pending'));
  const communities = workCommunities(session.me);
  const open = () => {
    const id = Number(params.communityId) || store.communityId || workCommunities(session.me)[0]?.id;
    if (id) void store.open(id);
  };
  useDidShow(() => void session.ensureLoaded().then(open));
  usePullDownRefresh(() => void store.list.load().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void store.list.more());
  const { list } = store;
  const categories = ['全部类别', ...store.categories];

  if (session.me && communities.length === 0) {
    return (
      <PageShell>
        <StateView loading={false} error={null} empty emptyText='派单仅对社区工作人员开放' onRetry={open} />
      </PageShell>
    );
  }
  return (
    <PageShell className='nx-queue'>
      <CommunityPicker communities={communities} value={store.communityId} onChange={(id) => void store.open(id)} />
      <Segmented items={TABS.map((key) => ({ key, label: QUEUE_FILTER_LABELS[key], count: HISTORY.includes(key) ? undefined : list.counts[key] }))} value={list.filter} onChange={(f) => void list.setFilter(f)} />
      <View className='nx-queue__tools'>
        <Picker mode='selector' range={categories} value={Math.max(0, categories.indexOf(store.category))} onChange={(e) => void store.setCategory(Number(e.detail.value) === 0 ? '' : categories[Number(e.detail.value)])}>
          <Text className='nx-queue__category'>{store.category || '全部类别'} ▾</Text>
        </Picker>
        <Text className='nx-queue__stats' onClick={() => void Taro.navigateTo({ url: `/packages/requests/stats/index?communityId=${store.communityId}` })}>
          满意度统计 ›
        </Text>
      </View>
      <PagedRequests list={list} emptyText={EMPTY} />
    </PageShell>
  );
}

export default observer(QueuePage);
