import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../../components/cell';
import type { WorkbenchSummary } from '../../../../types/requests';
import './workbench.scss';

const go = (url: string) => void Taro.navigateTo({ url });

function Count(props: { n: number; alert?: boolean }) {
  return <Text className={`nx-wb-req__count ${props.n > 0 && props.alert ? 'nx-wb-req__count--alert' : ''}`}>{props.n}</Text>;
}

/** 工作台 section of 暖心事: for workers what waits to be dispatched, overdue or reviewed; for handlers their tasks. */
export const RequestsWorkbench = observer(function RequestsWorkbench(props: { summary: WorkbenchSummary }) {
  const { summary } = props;
  return (
    <>
      {summary.staff.map((c) => {
        const queue = (filter: string) => () => go(`/packages/requests/queue/index?communityId=${c.communityId}&filter=${filter}`);
        return (
          <CellGroup key={c.communityId} title={`暖心事派单 · ${c.communityName}`}>
            <Cell label='待派单' value={<Count n={c.pending} alert />} arrow onClick={queue('pending')} />
            <Cell label='超时' hint='24小时未派单或未接单' value={<Count n={c.overdue} alert />} arrow onClick={queue('overdue')} />
            {c.review > 0 && <Cell label='待审核' hint='未通过自动检测的内容' value={<Count n={c.review} alert />} arrow onClick={queue('review')} />}
            <Cell label='办理中' value={<Count n={c.active} />} arrow onClick={queue('active')} />
            <Cell label='代点单' hint='热线来电、来访登记、网格上报' arrow onClick={() => go(`/packages/requests/file-for/index?communityId=${c.communityId}`)} />
            <Cell label='满意度统计' arrow onClick={() => go(`/packages/requests/stats/index?communityId=${c.communityId}`)} />
            <Cell label='服务类别设置' hint='居民点单时可选的类别' arrow onClick={() => go(`/packages/requests/categories/index?communityId=${c.communityId}`)} />
            <Cell label='处理单位' hint='部门、志愿服务队、共建单位、网格员' arrow onClick={() => go(`/packages/requests/units/index?communityId=${c.communityId}`)} />
          </CellGroup>
        );
      })}
      {summary.handler && (
        <CellGroup title={`我的任务 · ${summary.handler.units.map((u) => u.name).join('、')}`}>
          <Cell label='待接单' value={<Count n={summary.handler.todo} alert />} arrow onClick={() => go('/packages/requests/tasks/index?filter=todo')} />
          <Cell label='处理中' value={<Count n={summary.handler.doing} />} arrow onClick={() => go('/packages/requests/tasks/index?filter=doing')} />
          <Cell label='认领池' hint='本单位服务类别的公开需求' value={<Count n={summary.handler.pool} />} arrow onClick={() => go('/packages/requests/tasks/index?filter=pool')} />
          {summary.staff.length === 0 && summary.handler.units.some((u) => u.kind === 'grid') && (
            <Cell label='网格上报' hint='巡查发现的公共区域问题' arrow onClick={() => go('/packages/requests/file-for/index')} />
          )}
        </CellGroup>
      )}
    </>
  );
});
