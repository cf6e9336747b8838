import { Switch, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../components/cell';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { clientFeatures } from '../../features';
import { DevIdentitySwitcher } from '../../features/people/components/dev-identity-switcher';
import { ProfileForm } from '../../features/people/components/profile-form';
import { ProfileHeader } from '../../features/people/components/profile-header';
import { messages } from '../../features/messages/stores/messages';
import { session } from '../../features/people/stores/session';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 我的: who I am, my community, my profile, my events / bookings / requests, 关怀模式. */
function MePage() {
  useDidShow(() => {
    void session.ensureLoaded();
    void messages.load();
  });
  usePullDownRefresh(() => void session.load().finally(() => Taro.stopPullDownRefresh()));
  const { profile } = session;

  return (
    <PageShell className='nx-me'>
      <DevIdentitySwitcher />
      <StateView loading={profile.loading} error={profile.state.error} onRetry={() => void session.load()}>
        {session.me && (
          <>
            <ProfileHeader />
            <ProfileForm />
          </>
        )}
      </StateView>
      <CellGroup title='我的服务'>
        <Cell
          label='消息通知'
          value={messages.unread > 0 ? <Text className='nx-me__unread'>{messages.unread} 条未读</Text> : null}
          arrow
          onClick={() => go('/packages/messages/index')}
        />
        {clientFeatures.map(({ name, mine }) => mine && <Cell key={name} label={mine.label} arrow onClick={() => go(mine.url)} />)}
      </CellGroup>
      {session.me && session.me.role !== 'resident' && (
        <CellGroup title='工作'>
          <Cell label='工作台' hint='待审核、待派单、今日签到' arrow onClick={() => go('/packages/workbench/index')} />
        </CellGroup>
      )}
      <CellGroup title='显示'>
        <Cell
          label='关怀模式'
          hint='放大全部文字，方便长辈阅读'
          value={<Switch className='nx-me__care' checked={session.careMode} color='#c8372d' onChange={(e) => session.setCareMode(e.detail.value)} />}
        />
      </CellGroup>
      <View className='nx-me__footer'>
        <Text>暖心社区 · 群众点单 社区派单 部门接单 群众评单</Text>
      </View>
    </PageShell>
  );
}

export default observer(MePage);
