import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { managedVenues } from '../../../features/venues/stores/managed-venues';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 场地管理 (workers): the venues of the communities I serve — their slots, today's bookings, and editing them. */
function ManagePage() {
  useDidShow(() => void managedVenues.load());
  usePullDownRefresh(() => void managedVenues.load().finally(() => Taro.stopPullDownRefresh()));
  const { data: venues, state } = managedVenues;
  return (
    <PageShell className='nx-manage'>
      {venues && venues.length > 0 && (
        <View className='nx-manage__usage' onClick={() => go(`/packages/venues/usage/index?level=community&id=${venues[0].communityId}`)}>
          <Text className='nx-manage__action'>场所利用率：预约、使用与未到场 ›</Text>
        </View>
      )}
      {venues && venues.length > 0 && (
        <View className='nx-manage__groups' onClick={() => go('/packages/venues/groups/index')}>
          <Text className='nx-manage__action'>团体管理：合唱队、书画社等每周固定时段 ›</Text>
        </View>
      )}
      <StateView
        loading={state.loading}
        error={state.error}
        empty={!!venues && venues.length === 0}
        emptyText='还没有场地，新建一个吧'
        onRetry={() => void managedVenues.load()}
      >
        {venues?.map((v) => (
          <View key={v.id} className='nx-manage__venue'>
            <View className='nx-manage__head' onClick={() => go(`/packages/venues/detail/index?id=${v.id}`)}>
              <Text className='nx-manage__name'>{v.name}</Text>
              {!v.active && <StatusTag tone='closed' label='已停用' />}
              {v.requiresApproval && <StatusTag tone='wait' label='需审核' className='nx-manage__tag' />}
            </View>
            <Text className='nx-manage__line'>
              {v.placeName} · {v.address} · {v.capacity}人
            </Text>
            <Text className='nx-manage__line'>{v.hoursSummary}</Text>
            <View className='nx-manage__actions'>
              <Text className='nx-manage__action' onClick={() => go(`/packages/venues/detail/index?id=${v.id}`)}>
                时段
              </Text>
              <Text className='nx-manage__action' onClick={() => go(`/packages/venues/day/index?id=${v.id}`)}>
                当日预约
              </Text>
              <Text className='nx-manage__action' onClick={() => go(`/packages/venues/edit/index?id=${v.id}`)}>
                编辑
              </Text>
            </View>
          </View>
        ))}
      </StateView>
      <View className='nx-manage__new'>
        <Button className='nx-button-primary' onClick={() => go('/packages/venues/edit/index')}>
          新建场地
        </Button>
      </View>
    </PageShell>
  );
}

export default observer(ManagePage);
