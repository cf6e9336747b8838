import { Text, View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { StateView } from '../../../components/state-view';
import type { PagedList } from '../stores/paged-list';
import { RequestCard } from './request-card';
import './paged-requests.scss';

/** The current tab of a PagedList as cards: loading, error with 重试, an empty line per tab, and the page footer. */
export const PagedRequests = observer(function PagedRequests<F extends string>(props: { list: PagedList<F>; emptyText: Record<F, string> }) {
  const { list } = props;
  return (
    <StateView
      loading={list.state.loading}
      error={list.state.error}
      empty={list.state.loaded && list.items.length === 0}
      emptyText={props.emptyText[list.filter]}
      onRetry={() => void list.load()}
    >
      {list.items.map((item) => (
        <RequestCard key={item.id} item={item} showResident />
      ))}
      <Footer list={list} />
    </StateView>
  );
});

/** 加载中 / 加载更多 (tap or scroll) / a failed page with 重试 / the end, once there was more than one page. */
const Footer = observer(function Footer<F extends string>(props: { list: PagedList<F> }) {
  const { list } = props;
  if (list.items.length === 0 || (!list.hasMore && !list.pagedOn && !list.moreError)) return null;
  const text = list.loadingMore ? '加载中…' : list.moreError ? `${list.moreError}，点此重试` : list.hasMore ? '加载更多' : '没有更多了';
  return (
    <View className='nx-paged-footer' onClick={() => void list.more()}>
      <Text>{text}</Text>
    </View>
  );
});
