import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { Attendee, CheckInResult } from '../../../../types/events';
import { messageOf } from '../../../lib/errors';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { eventAttendees, type AttendeeTab } from '../../../features/events/stores/attendees';
import { confirmAction, toast } from '../../../lib/confirm';
import { formatRange } from '../../../lib/time';
import { AttendeeRow } from './attendee-row';
import './index.scss';
import { TextInput } from '../../../components/field';

const REMOVE_REASONS = ['重复报名', '本人申请取消', '不符合报名条件'];
const canScan = process.env.TARO_ENV === 'weapp';

/** 报名名单与签到 (workers): who has a seat and who waits; check in by scanning the resident's code or by name. */
function AttendeesPage() {
  const { params } = useRouter();
  const store = eventAttendees(Number(params.id));
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const list = store.data;
  const started = list ? list.event.status === 'ongoing' || list.event.status === 'ended' : true;
  const removable = Boolean(list) && !started && list!.event.status !== 'cancelled';

  const done = (r: CheckInResult) => toast(r.already ? `${r.name}已签到过` : `${r.name} 签到成功${r.partySize > 1 ? `（${r.partySize}人）` : ''}`, r.already ? 'none' : 'success');

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      done(await store.checkInByCode(result));
    } catch (err) {
      if (!(err as { errMsg?: string })?.errMsg?.includes('cancel')) toast(messageOf(err));
    }
  };

  const checkIn = async (a: Attendee) => {
    try {
      done(await store.checkIn(a.signupId));
    } catch (err) {
      toast(messageOf(err));
    }
  };

  const remove = async (a: Attendee) => {
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: REMOVE_REASONS });
      const ok = await confirmAction({ title: '移出名单', content: `确定把${a.name}移出本活动吗？名额会让给候补的居民，并通知本人。`, confirmText: '移出' });
      if (!ok) return;
      await store.remove(a.signupId, REMOVE_REASONS[tapIndex]);
      toast('已移出', 'success');
    } catch (err) {
      if (!(err as { errMsg?: string })?.errMsg?.includes('cancel')) toast(messageOf(err));
    }
  };

  return (
    <PageShell className='nx-attendees'>
      <StateView loading={store.state.loading} error={store.state.error} onRetry={() => void store.load()}>
        {list && (
          <>
            <View className='nx-attendees__head'>
              <Text className='nx-attendees__title'>{list.event.title}</Text>
              <Text className='nx-attendees__time'>{formatRange(list.event.startsAt, list.event.endsAt, { today: list.today })}</Text>
              <View className='nx-attendees__stats'>
                <Stat value={`${list.checkedIn.parties}/${list.confirmed.length}`} label='已签到' />
                <Stat value={`${list.event.capacity - list.event.seatsLeft}/${list.event.capacity}`} label='名额' />
                <Stat value={String(list.waitlist.length)} label='候补' />
                {list.rating && <Stat value={list.rating.average.toFixed(1)} label={`${list.rating.count}人评分`} />}
              </View>
              {list.checkinOpen && canScan && (
                <Button className='nx-button-primary nx-attendees__scan' onClick={() => void scan()}>
                  扫码签到
                </Button>
              )}
              {!list.checkinOpen && <Text className='nx-attendees__note'>活动当天开放签到，活动结束后停止</Text>}
            </View>
            <View className='nx-attendees__search'>
              <TextInput label='按姓名查找' className='nx-attendees__input' value={store.keyword} placeholder='按姓名查找' onInput={(e) => store.setKeyword(e.detail.value)} />
            </View>
            <Segmented<AttendeeTab>
              items={[
                { key: 'confirmed', label: `已报名 ${list.confirmed.length}` },
                { key: 'waitlist', label: `候补 ${list.waitlist.length}` },
              ]}
              value={store.tab}
              onChange={(t) => store.setTab(t)}
            />
            <StateView loading={false} error={null} empty={store.rows.length === 0} emptyText={store.keyword ? '没有找到这个名字' : store.tab === 'confirmed' ? '还没有人报名' : '没有人在候补'} onRetry={() => {}}>
              <View className='nx-attendees__list'>
                {store.rows.map((a) => (
                  <AttendeeRow
                    key={a.signupId}
                    a={a}
                    checkinOpen={list.checkinOpen}
                    removable={removable}
                    busy={store.busyId === a.signupId}
                    onCheckIn={(x) => checkIn(x)}
                    onRemove={(x) => remove(x)}
                  />
                ))}
              </View>
            </StateView>
          </>
        )}
      </StateView>
    </PageShell>
  );
}

function Stat(props: { value: string; label: string }) {
  return (
    <View className='nx-attendees__stat'>
      <Text className='nx-attendees__stat-value'>{props.value}</Text>
      <Text className='nx-attendees__stat-label'>{props.label}</Text>
    </View>
  );
}

export default observer(AttendeesPage);
