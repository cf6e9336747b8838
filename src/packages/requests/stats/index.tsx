import { Text, View } from '@tarojs/components';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import type { StatsRow } from '../../../../types/requests';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { BarChart } from '../../../features/requests/components/bar-chart';
import { formatDuration, percent } from '../../../features/requests/labels';
import { communityStats } from '../../../features/requests/stores/stats';
import './index.scss';

function Figure(props: { label: string; value: string; note: string }) {
  return (
    <View className='nx-stats__figure'>
      <Text className='nx-stats__figure-label'>{props.label}</Text>
      <Text className='nx-stats__figure-value'>{props.value}</Text>
      <Text className='nx-stats__figure-note'>{props.note}</Text>
    </View>
  );
}

const times = (r: StatsRow) => [`接单用时${formatDuration(r.medianAcceptMinutes)}`, `办结用时${formatDuration(r.medianCompleteMinutes)}`];

/** 满意度统计: a community's month — satisfaction, median times to accept and complete, per category and unit. */
function StatsPage() {
  const { params } = useRouter();
  const store = communityStats(Number(params.communityId));
  useLoad(() => void store.open());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const s = store.data;

  return (
    <PageShell className='nx-stats'>
      <View className='nx-stats__month'>
        <Text className='nx-stats__step' onClick={() => store.step(-1)}>
          ‹ 上月
        </Text>
        <Text className='nx-stats__month-label'>
          {s?.communityName ?? ''} {store.monthLabel}
        </Text>
        <Text className={`nx-stats__step ${store.isCurrentMonth ? 'nx-stats__step--off' : ''}`} aria-disabled={store.isCurrentMonth || undefined} onClick={() => store.step(1)}>
          下月 ›
        </Text>
      </View>
      <StateView loading={store.state.loading} error={store.state.error} onRetry={() => void store.load()}>
        {s && (
          <View>
            <View className='nx-stats__figures'>
              <Figure label='满意度' value={percent(s.total.satisfaction)} note={`4–5星占比 · ${s.total.ratings}条评价`} />
              <Figure label='接单用时' value={formatDuration(s.total.medianAcceptMinutes)} note='派单到接单 · 中位数' />
              <Figure label='办结用时' value={formatDuration(s.total.medianCompleteMinutes)} note='接单到办结 · 中位数' />
              <Figure label='本月点单' value={`${s.total.created}件`} note={`办结${s.total.completed}件 · 当前超时${s.overdueOpen}件`} />
            </View>
            <CellGroup title='各类别点单量'>
              <BarChart
                bars={s.byCategory.map((r) => ({
                  key: r.key,
                  label: r.label,
                  value: r.created,
                  display: `${r.created}件`,
                  sub: [`办结${r.completed}`, `满意度${percent(r.satisfaction)}`, ...times(r)],
                }))}
              />
            </CellGroup>
            <CellGroup title='各来源点单量'>
              <BarChart
                bars={s.bySource.map((r) => ({
                  key: r.key,
                  label: r.label,
                  value: r.created,
                  display: `${r.created}件`,
                  sub: [`办结${r.completed}`, `满意度${percent(r.satisfaction)}`],
                }))}
              />
            </CellGroup>
            <CellGroup title='各处理单位满意度'>
              {s.byUnit.length === 0 ? (
                <Text className='nx-stats__none'>本月还没有处理单位接单</Text>
              ) : (
                <BarChart
                  labelsAbove
                  max={100}
                  bars={s.byUnit.map((r) => ({
                    key: r.key,
                    label: r.label,
                    value: r.satisfaction === null ? 0 : r.satisfaction * 100,
                    display: percent(r.satisfaction),
                    sub: [`接单${r.accepted}`, `办结${r.completed}`, `${r.ratings}条评价`, ...times(r)],
                  }))}
                />
              )}
            </CellGroup>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(StatsPage);
