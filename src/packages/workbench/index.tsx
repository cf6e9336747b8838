import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { EventsWorkbench } from '../../features/events/components/workbench';
import { WorkReminders } from '../../features/messages/components/work-reminders';
import { session } from '../../features/people/stores/session';
import { RequestsWorkbench } from '../../features/requests/components/workbench';
import { VenuesWorkbench } from '../../features/venues/components/workbench';
import { workbench } from '../../features/workbench/stores/workbench';
import './index.scss';

const load = () => workbench.load();

/**
 * 工作台 for workers, handlers and admins: today's work first, drawn by one call (workbench.get) that carries only the
 * sections the caller's role may act on — a handler sees their tasks; workers also approvals and today's events.
 */
function WorkbenchPage() {
  useDidShow(() => {
    void session.ensureLoaded().then(() => {
      if (session.me && session.me.role !== 'resident') void load();
    });
  });
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
  const data = workbench.data;
  return (
    <PageShell className='nx-workbench'>
      {me && (
        <View className='nx-workbench__head'>
          <Text className='nx-workbench__title'>{me.name || '工作人员'}，您好</Text>
          <Text className='nx-workbench__sub'>{me.staffCommunities.map((c) => c.name).join('、') || me.community?.name || ''}</Text>
        </View>
      )}
      <StateView loading={workbench.loading || !me} error={workbench.state.error ?? session.state.error} onRetry={() => void (me ? load() : session.load())}>
        {data && (
          <>
            <RequestsWorkbench summary={data.requests} />
            {data.venues && <VenuesWorkbench data={data.venues} onChanged={(venues) => (venues ? workbench.set({ ...data, venues }) : load())} />}
            {data.events && <EventsWorkbench today={data.events} />}
          </>
        )}
      </StateView>
      {me && <WorkReminders role={me.role} />}
    </PageShell>
  );
}

export default observer(WorkbenchPage);
