import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { eventForm } from '../../../features/events/stores/event-form';
import { session } from '../../../features/people/stores/session';
import { toast } from '../../../lib/confirm';
import { addDays, localDateOf } from '../../../lib/time';
import { AboutSection } from './about';
import { BasicsSection } from './basics';
import { ScheduleSection } from './schedule';
import { SignupSection } from './signup-rules';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

/**
 * 发布活动 / 编辑活动 (workers). New: `?communityId=&date=` (the workbench passes the server's date); edit: `?id=`.
 * A series asks whether the change is for this occurrence or this and all later ones.
 */
function EventFormPage() {
  const { params } = useRouter();
  const store = eventForm;
  const editId = params.id ? Number(params.id) : null;
  // One form at a time: the draft goes when the page closes, so the next 发布活动 starts blank.
  useEffect(() => () => store.reset(), [store]);

  useLoad(() => {
    if (editId) {
      void Taro.setNavigationBarTitle({ title: '编辑活动' });
      void store.loadForEdit(editId).then(() => store.loadVenues());
      return;
    }
    void session.ensureLoaded().then(() => {
      const me = session.me;
      const community = me?.staffCommunities.find((c) => c.id === Number(params.communityId)) ?? me?.staffCommunities[0] ?? me?.community;
      if (!community) return;
      store.startNew({ communityId: community.id, organizer: `${community.name}居委会`, date: params.date || addDays(localDateOf(new Date()), 1) });
      void store.loadVenues();
    });
  });

  const save = async () => {
    let scope: 'one' | 'future' = 'one';
    if (store.editing?.seriesId) {
      try {
        const { tapIndex } = await Taro.showActionSheet({ itemList: ['仅修改这一场', '修改这一场及以后各场'] });
        scope = tapIndex === 1 ? 'future' : 'one';
      } catch {
        return;
      }
    }
    const id = await store.submit(scope);
    if (id === null) {
      if (store.error && !store.error.field) toast(store.error.message);
      return;
    }
    toast(store.editing ? '已保存' : '已发布', 'success');
    if (store.editing) void Taro.navigateBack();
    else void Taro.redirectTo({ url: `/packages/events/detail/index?id=${id}` });
  };

  return (
    <PageShell className='nx-form'>
      <StateView loading={store.state.loading || (!editId && !store.communityId && !session.state.error)} error={store.state.error ?? session.state.error} onRetry={() => editId && void store.loadForEdit(editId)}>
        {(store.editing || (!editId && store.communityId > 0)) && (
          <>
            <BasicsSection store={store} />
            <ScheduleSection store={store} />
            <SignupSection store={store} />
            <AboutSection store={store} />
            <View className='nx-form__actions'>
              {store.error && !store.error.field && <Text className='nx-form__error'>{store.error.message}</Text>}
              <BusyButton className={`nx-button-primary nx-form__submit ${store.saving ? 'nx-button-primary--disabled' : ''}`} busy={store.saving} onPress={save}>
                {store.editing ? '保存修改' : store.repeat ? '发布每周活动' : '发布活动'}
              </BusyButton>
            </View>
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(EventFormPage);
