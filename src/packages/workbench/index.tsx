import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react';
import { PageShell } from '../../components/page-shell';
import { EventsWorkbench } from '../../features/events/components/workbench';
import { WorkReminders } from '../../features/messages/components/work-reminders';
import { session } from '../../features/people/stores/session';
import { RequestsWorkbench } from '../../features/requests/components/workbench';
import { VenuesWorkbench } from '../../features/venues/components/workbench';
import './index.scss';

/**
 * 工作台 for workers, handlers and admins: today's work first. Each feature contributes one section
 * (pending approvals, requests to dispatch, overdue items, today's check-ins) that loads its own data.
 */
function WorkbenchPage() {
  useDidShow(() => void session.ensureLoaded());
  const me = session.me;
  if (me && me.role === 'resident') {
    return (
      <PageShell>
        <View className='nx-workbench__denied'>
          <Text>工作台仅对社区工作者、处理人和管理员开放</Text>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell className='nx-workbench'>
      {me && (
        <View className='nx-workbench__head'>
          <Text className='nx-workbench__title'>{me.name || '工作人员'}，您好</Text>
          <Text className='nx-workbench__sub'>{me.staffCommunities.map((c) => c.name).join('、') || me.community?.name || ''}</Text>
        </View>
      )}
      <RequestsWorkbench />
      <VenuesWorkbench />
      <EventsWorkbench />
      {me && <WorkReminders role={me.role} />}
    </PageShell>
  );
}

export default observer(WorkbenchPage);
