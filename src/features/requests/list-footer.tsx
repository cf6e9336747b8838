import { Text, View } from '@tarojs/components';
import { observer } from 'mobx-react';
import type { PagedList } from './paged-list';
import './list-footer.scss';

/** The end of a paged list: 加载中 / 加载更多 (tap or scroll) / a failed page with 重试. */
export const ListFooter = observer(function ListFooter<F extends string>(props: { list: PagedList<F> }) {
  const { list } = props;
  if (list.items.length === 0 || (!list.hasMore && !list.pagedOn && !list.moreError)) return null;
  const text = list.loadingMore ? '加载中…' : list.moreError ? `${list.moreError}，点此重试` : list.hasMore ? '加载更多' : '没有更多了';
  return (
    <View className='nx-list-footer' onClick={() => void list.more()}>
      <Text>{text}</Text>
    </View>
  );
});
