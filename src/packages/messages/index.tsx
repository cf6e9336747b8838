import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { messages } from '../../features/messages/stores/messages';
import { formatMoment } from '../../lib/time';
import './index.scss';

/** 消息通知: the same messages WeChat sends as subscribe messages, kept in the app. */
function MessagesPage() {
  useDidShow(() => void messages.load());
  usePullDownRefresh(() => void messages.load().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void messages.loadMore());

  return (
    <PageShell className='nx-messages'>
      {messages.unread > 0 && (
        <View className='nx-messages__bar'>
          <Text>{messages.unread} 条未读</Text>
          <Text className='nx-messages__read-all' onClick={() => void messages.readAll()}>
            全部标为已读
          </Text>
        </View>
      )}
      <StateView
        loading={messages.loading}
        error={messages.state.error}
        empty={!!messages.data && messages.items.length === 0}
        emptyText='暂无消息。报名活动、预约场地或提交暖心事后，进展会通知您'
        onRetry={() => void messages.load()}
      >
        <View className='nx-messages__list'>
          {messages.items.map((m) => (
            <View key={m.id} className={`nx-messages__item ${m.read ? '' : 'nx-messages__item--unread'}`} onClick={() => void messages.open(m)}>
              <View className='nx-messages__head'>
                {!m.read && <Text className='nx-messages__dot'>未读</Text>}
                <Text className='nx-messages__title'>{m.title}</Text>
              </View>
              <Text className='nx-messages__body'>{m.body}</Text>
              <Text className='nx-messages__time'>{formatMoment(m.createdAt)}</Text>
            </View>
          ))}
        </View>
      </StateView>
    </PageShell>
  );
}

export default observer(MessagesPage);
