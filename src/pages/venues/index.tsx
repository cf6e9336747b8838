import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { VenueCard } from '../../features/venues/components/venue-card';
import { venueList } from '../../features/venues/stores/venue-list';
import { formatDate } from '../../lib/time';
import './index.scss';

const open = (id: number) => void Taro.navigateTo({ url: `/packages/venues/detail/index?id=${id}` });

/** 场地预约: find a room that is open when I am free. */
function VenuesPage() {
  useDidShow(() => void venueList.load());
  usePullDownRefresh(() => void venueList.load().finally(() => Taro.stopPullDownRefresh()));
  const { data: list, state } = venueList;
  const today = list?.today ?? '';

  const section = (title: string, venues: typeof venueList.communityVenues) =>
    venues.length > 0 && (
      <View className='nx-venues__section'>
        <Text className='nx-venues__section-title'>{title}</Text>
        {venues.map((v) => (
          <VenueCard key={v.id} venue={v} today={today} onOpen={open} />
        ))}
      </View>
    );

  return (
    <PageShell className='nx-venues'>
      {list?.suspension && (
        <View className='nx-venues__suspended' role='alert'>
          <Text className='nx-venues__suspended-title'>场地预约已暂停至{formatDate(list.suspension.until)}</Text>
          <Text className='nx-venues__suspended-text'>原因：{list.suspension.reason}。暂停期间可以查看场地，已有预约不受影响。</Text>
        </View>
      )}
      <StateView
        loading={state.loading}
        error={state.error}
        empty={!!list && (!list.hasCommunity || list.venues.length === 0)}
        emptyText={list && !list.hasCommunity ? '绑定所在社区后，就能预约社区和街道的活动场地' : '本社区暂未开放可预约的场地'}
        emptyAction={list && !list.hasCommunity ? { label: '去选择社区', onClick: () => void Taro.switchTab({ url: '/pages/me/index' }) } : undefined}
        onRetry={() => void venueList.load()}
      >
        {list && (
          <>
            <Text className='nx-venues__intro'>工作日晚间、周末全天错时开放，选好时段即可预约</Text>
            {section('本社区场地', venueList.communityVenues)}
            {section('街道党群服务中心', venueList.streetVenues)}
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(VenuesPage);
