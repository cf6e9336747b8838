import Taro, { useDidShow, useLoad, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { TASK_FILTER_LABELS, type TaskFilter } from '../../../../types/requests';
import { PageShell } from '../../../components/page-shell';
import { Segmented } from '../../../components/segmented';
import { StateView } from '../../../components/state-view';
import { PagedRequests } from '../../../features/requests/components/paged-requests';
import { myTasks } from '../../../features/requests/stores/tasks';
import { MyUnits } from '../../../features/requests/units/components/my-units';
import { myUnits } from '../../../features/requests/units/stores/my-units';
import './index.scss';

const TABS: TaskFilter[] = ['todo', 'doing', 'pool', 'done'];

const EMPTY: Record<TaskFilter, string> = {
  todo: '没有待接单的任务',
  doing: '没有正在办理的任务',
  pool: '认领池里暂时没有您所在单位服务类别的需求',
  done: '还没有办结的任务',
};

/**
 * A handler's 我的任务: accept what was dispatched to their unit, claim from the pool, finish what they took on; and
 * declare which categories each of their units serves (the pool follows).
 */
function TasksPage() {
  const { params } = useRouter();
  const list = myTasks;
  const mine = myUnits;
  useLoad(() => {
    list.select((params.filter as TaskFilter) || 'todo');
    mine.cancel();
  });
  useDidShow(() => void list.load());
  usePullDownRefresh(() => void list.load().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void list.more());
  const { units } = list;

  if (units && units.length === 0) {
    return (
      <PageShell>
        <StateView loading={false} error={null} empty emptyText='您还不是任何处理单位的成员，请联系社区工作人员添加' onRetry={() => void list.load()} />
      </PageShell>
    );
  }
  return (
    <PageShell className='nx-tasks'>
      <MyUnits store={mine} />
      <Segmented items={TABS.map((key) => ({ key, label: TASK_FILTER_LABELS[key], count: key === 'done' ? undefined : list.counts[key] }))} value={list.filter} onChange={(f) => void list.setFilter(f)} />
      <PagedRequests list={list} emptyText={EMPTY} />
    </PageShell>
  );
}

export default observer(TasksPage);
