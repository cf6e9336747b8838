import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { RequestSummary } from '../../../../types/requests';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { myRequests } from '../../../features/requests/stores/mine';
import { RequestCard } from '../../../features/requests/components/request-card';
import './index.scss';

function Section(props: { title: string; items: RequestSummary[] }) {
  if (props.items.length === 0) return null;
  return (
    <View className='nx-req-mine__section'>
      <Text className='nx-req-mine__title'>{props.title}</Text>
      {props.items.map((r) => (
        <RequestCard key={r.id} item={r} />
      ))}
    </View>
  );
}

/** 我的暖心事: what I asked for and where it stands; those waiting for my rating on top. */
function MinePage() {
  const store = myRequests;
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const { state } = store;

  return (
    <PageShell className='nx-req-mine'>
      <StateView
        loading={state.loading}
        error={state.error}
        empty={state.loaded && store.items.length === 0}
        emptyText='还没有暖心事。遇到难处，随时可以点单'
        emptyAction={{ label: '去点单', onClick: () => void Taro.switchTab({ url: '/pages/requests/index' }) }}
        onRetry={() => void store.load()}
      >
        <Section title='待您评价' items={store.toRate} />
        <Section title='全部记录' items={store.others} />
      </StateView>
    </PageShell>
  );
}

export default observer(MinePage);
