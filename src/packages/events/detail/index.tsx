import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { messageOf } from '../../../lib/errors';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { eventDetail } from '../../../features/events/stores/event-detail';
import { confirmAction, toast } from '../../../lib/confirm';
import { formatDate } from '../../../lib/time';
import { ActionBar } from './action-bar';
import { cancelEventFlow } from './cancel-event';
import { EventHero } from './hero';
import { EventInfo } from './info';
import { MySignupCard } from './my-signup';
import { RateForm } from './rate-form';
import { StaffTools } from './staff-tools';
import './index.scss';

/** 活动详情: can I go, and join in one tap; my seat, waitlist place or check-in code; rate it afterwards. */
function EventDetailPage() {
  const { params } = useRouter();
  const store = eventDetail(Number(params.id));
  const [rateError, setRateError] = useState<string | null>(null);
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  useShareAppMessage(() => ({
    title: store.data ? `${store.data.title} · ${formatDate(store.data.startsAt)}` : '社区活动',
    path: `/packages/events/detail/index?id=${store.id}`,
  }));

  const e = store.data;

  const signUp = async () => {
    try {
      const res = await store.signUp();
      toast(res.status === 'confirmed' ? '报名成功' : `已加入候补，第${res.position}位`, res.status === 'confirmed' ? 'success' : 'none');
    } catch (err) {
      toast(messageOf(err));
    }
  };

  const cancel = async () => {
    if (!e) return;
    const waiting = e.my?.status === 'waitlisted';
    const ok = await confirmAction({
      title: waiting ? '退出候补' : '取消报名',
      content: waiting ? '退出后候补位置不再保留，确定退出吗？' : '取消后名额会让给候补的居民，确定取消报名吗？',
      confirmText: waiting ? '退出候补' : '取消报名',
    });
    if (!ok) return;
    try {
      await store.cancel();
      toast(waiting ? '已退出候补' : '已取消报名', 'success');
    } catch (err) {
      toast(messageOf(err));
    }
  };

  const rate = async (score: number, comment: string) => {
    setRateError(null);
    try {
      await store.rate(score, comment);
      toast('感谢您的评价', 'success');
    } catch (err) {
      setRateError(messageOf(err));
    }
  };

  const addToCalendar = async () => {
    if (!e) return;
    try {
      await Taro.addPhoneCalendar({
        title: e.title,
        startTime: Math.floor(Date.parse(e.startsAt) / 1000),
        // WeChat takes Unix seconds here too; Taro 4.2.1 types endTime as a string.
        endTime: Math.floor(Date.parse(e.endsAt) / 1000) as unknown as string,
        location: e.place,
        description: `${e.organizer}主办`,
        alarm: true,
        alarmOffset: 3600,
      });
      toast('已加入手机日历', 'success');
    } catch (err) {
      if (!(err as { errMsg?: string })?.errMsg?.includes('cancel')) toast('未能加入日历，请检查日历权限');
    }
  };

  return (
    <PageShell className='nx-detail'>
      <StateView skeleton='detail' loading={store.state.loading} error={store.state.error} onRetry={() => void store.load()}>
        {e && (
          <>
            <EventHero e={e} />
            <MySignupCard e={e} />
            {e.actions.rate && <RateForm busy={store.busy} error={rateError} onSubmit={(s, c) => void rate(s, c)} />}
            <EventInfo e={e} />
            {e.description && (
              <View className='nx-card nx-detail__about'>
                <Text className='nx-card__title'>活动介绍</Text>
                <Text className='nx-detail__description'>{e.description}</Text>
              </View>
            )}
            <StaffTools e={e} onCancelEvent={() => void cancelEventFlow(e, store).then((done) => done && store.load())} />
            <View className='nx-detail__spacer' />
            <ActionBar
              e={e}
              partySize={store.partySize}
              busy={store.busy}
              onPartySize={(n) => store.setPartySize(n)}
              onSignUp={() => void signUp()}
              onCancel={() => void cancel()}
              onAddToCalendar={() => void addToCalendar()}
            />
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(EventDetailPage);
