import { Button, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { UNIT_KIND_LABELS } from '../../../../types/requests';
import type { ManagedUnit } from '../../../../types/requests/units';
import { Cell, CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { communityUnits } from '../../../features/requests/units/stores/units';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

function UnitRow(props: { unit: ManagedUnit; communityId: number }) {
  const u = props.unit;
  const members = u.members.length ? `${u.members.length}人：${u.members.map((m) => m.name).join('、')}` : '暂无成员';
  return (
    <Cell
      className='nx-units__row'
      label={u.name}
      hint={`${UNIT_KIND_LABELS[u.kind]} · ${members} · 在办${u.openTasks}件\n服务：${u.categories.join('、')}`}
      value={!u.active ? <StatusTag tone='closed' label='已停用' /> : u.members.length === 0 ? <StatusTag tone='wait' label='缺成员' /> : undefined}
      arrow
      onClick={() => go(`/packages/requests/units/edit?communityId=${props.communityId}&id=${u.id}`)}
    />
  );
}

/** 处理单位 (workers): the departments, volunteer teams, co-building units and grid workers they dispatch to. */
function UnitsPage() {
  const communityId = Number(useRouter().params.communityId);
  const store = communityUnits(communityId);
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const o = store.data;
  return (
    <PageShell className='nx-units'>
      <StateView
        loading={store.state.loading}
        error={store.state.error}
        empty={!!o && o.units.length === 0}
        emptyText='还没有处理单位：新建一个，添加成员并选择服务类别后即可派单'
        onRetry={() => void store.load()}
      >
        {o && store.own.length > 0 && (
          <CellGroup title={`${o.communityName}的单位`}>
            {store.own.map((u) => (
              <UnitRow key={u.id} unit={u} communityId={communityId} />
            ))}
          </CellGroup>
        )}
        {o && store.street.length > 0 && (
          <CellGroup title={`${o.streetName}的单位（全街道共用）`}>
            {store.street.map((u) => (
              <UnitRow key={u.id} unit={u} communityId={communityId} />
            ))}
          </CellGroup>
        )}
      </StateView>
      <View className='nx-units__new'>
        <Button className='nx-button-primary' onClick={() => go(`/packages/requests/units/edit?communityId=${communityId}`)}>
          新建处理单位
        </Button>
      </View>
    </PageShell>
  );
}

export default observer(UnitsPage);
