import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { toast } from '../../../lib/confirm';
import { PublicRequestCard } from '../../../features/requests/components/public-request';
import { draftStore } from '../../../features/requests/stores/draft';
import { similarKey, similarRequests } from '../../../features/requests/stores/similar';
import './index.scss';

/**
 * 附议: the same problem, already reported by a neighbour of the 小区 in the last 30 days and still being dealt with.
 * One call draws it (requests.similar); 附议 is one call that answers with the request and its new count.
 */
function SimilarPage() {
  // Opened from the 暖心事 form: its category, and the address typed there (its 小区 is what is matched).
  const { category, address } = draftStore.draft;
  const store = similarRequests(similarKey(category, address.trim() || undefined));
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const page = store.data;

  const second = async (id: number) => {
    const msg = await store.second(id);
    toast(msg ?? '已附议', msg ? 'none' : 'success');
  };

  return (
    <PageShell className='nx-similar'>
      <StateView
        loading={store.state.loading}
        error={store.state.error}
        empty={store.state.loaded && (page?.items.length ?? 0) === 0}
        emptyText='近30天没有邻居反映过同类问题，请返回继续点单'
        emptyAction={{ label: '返回点单', onClick: () => void Taro.navigateBack() }}
        onRetry={() => void store.load()}
      >
        {page && (
          <View>
            <Text className='nx-similar__intro'>
              {page.estate ?? '本社区'}近30天有邻居反映了「{page.category}」问题，社区正在办理。是同一件事的话，点「附议」即可，办结时会通知您并请您评价，不必重复点单。
            </Text>
            {page.items.map((item) => (
              <PublicRequestCard key={item.id} item={item} busy={store.busyId === item.id} onSecond={() => second(item.id)} />
            ))}
            <Text className='nx-similar__other' onClick={() => void Taro.navigateBack()}>
              不是同一件事？返回继续点单 ›
            </Text>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(SimilarPage);
