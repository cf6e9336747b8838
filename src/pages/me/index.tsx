import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Fragment } from 'react';
import { Cell, CellGroup, SwitchCell } from '../../components/cell';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { MINE_LINKS } from '../../features/mine-links';
import { DevIdentitySwitcher } from '../../features/people/components/dev-identity-switcher';
import { ProfileForm } from '../../features/people/components/profile-form';
import { ProfileHeader } from '../../features/people/components/profile-header';
import { unreadMessages } from '../../features/messages/stores/unread';
import { session } from '../../features/people/stores/session';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 我的: who I am, my community, my profile, my events / bookings / requests, 关怀模式. */
function MePage() {
  // One call draws 我的: who I am and how many messages wait (quietly, behind what is shown).
  const refresh = () => session.load().then((ok) => ok && session.me && unreadMessages.note(session.me.unreadMessages));
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));
  const { profile } = session;

  return (
    <PageShell className='nx-me'>
      <DevIdentitySwitcher />
      {/* First on the page, so a first-time resident finds it without scrolling (小程序适老化设计指南). */}
      <CellGroup className='nx-me__display'>
        <SwitchCell className='nx-me__care' label='关怀模式' hint='大字、大按钮，方便长辈阅读' checked={session.careMode} onChange={(on) => session.setCareMode(on)} />
      </CellGroup>
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
          value={unreadMessages.count > 0 ? <Text className='nx-me__unread'>{unreadMessages.count} 条未读</Text> : null}
          arrow
          onClick={() => go('/packages/messages/index')}
        />
        {Object.entries(MINE_LINKS).map(([name, mine]) => <Cell key={name} label={mine.label} arrow onClick={() => go(mine.url)} />)}
      </CellGroup>
      {session.me && session.me.role !== 'resident' && (
        <CellGroup title='工作'>
          <Cell label='工作台' hint='待审核、待派单、今日签到' arrow onClick={() => go('/packages/workbench/index')} />
        </CellGroup>
      )}
      <View className='nx-me__footer'>
        {['暖心社区 ·', '群众点单', '社区派单', '部门接单', '群众评单'].map((phrase, i) => (
          <Fragment key={phrase}>
            {i > 0 ? ' ' : ''}
            <Text className='nx-nowrap'>{phrase}</Text>
          </Fragment>
        ))}
      </View>
    </PageShell>
  );
}

export default observer(MePage);
