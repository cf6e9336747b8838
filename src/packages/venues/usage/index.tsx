import { Button, Text, View } from '@tarojs/components';
import Taro, { useLoad, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { USAGE_LEVEL_LABELS, USAGE_LEVELS, type UsageLevel } from '../../../../types/venues';
import { CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { toast } from '../../../lib/confirm';
import { UsageBars } from '../../../features/venues/components/usage-bars';
import { UsageHeatMap } from '../../../features/venues/components/usage-heat-map';
import { usageOf } from '../../../features/venues/stores/usage';
import { sharePercent } from '../../../features/venues/usage/labels';
import './index.scss';

const inBrowser = process.env.TARO_ENV === 'h5';
const open = (level: UsageLevel, id: number) => void Taro.navigateTo({ url: `/packages/venues/usage/index?level=${level}&id=${id}` });
const shortDate = (d: string) => `${Number(d.slice(5, 7))}/${Number(d.slice(8, 10))}`;

function Figure(props: { label: string; value: string; note: string }) {
  return (
    <View className='nx-usage__figure'>
      <Text className='nx-usage__figure-label'>{props.label}</Text>
      <Text className='nx-usage__figure-value'>{props.value}</Text>
      <Text className='nx-usage__figure-note'>{props.note}</Text>
    </View>
  );
}

/** 场所利用率: a community's, street's or district's rooms over a month — by week, by community, by room, by hour. */
function UsagePage() {
  const { params } = useRouter();
  const level = (USAGE_LEVELS as readonly string[]).includes(params.level ?? '') ? (params.level as UsageLevel) : 'community';
  const store = usageOf(`${level}:${Number(params.id) || 0}`);
  useLoad(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const u = store.data;

  const exportCsv = async () => {
    const message = await store.exportCsv();
    if (message) toast(message);
  };

  return (
    <PageShell className='nx-usage'>
      <View className='nx-usage__month'>
        <Text className='nx-usage__step' onClick={() => store.step(-1)}>
          ‹ 上月
        </Text>
        <Text className='nx-usage__month-label'>{store.monthLabel}</Text>
        <Text className={`nx-usage__step ${store.isCurrentMonth ? 'nx-usage__step--off' : ''}`} onClick={() => store.step(1)}>
          下月 ›
        </Text>
      </View>
      <StateView loading={store.loading} error={store.state.error} empty={!!u && u.rooms.length === 0} emptyText='这里还没有在用的场地' onRetry={() => void store.load()}>
        {u && (
          <View>
            <View className='nx-usage__place'>
              <Text className='nx-usage__place-name'>
                {u.placeName} · {USAGE_LEVEL_LABELS[u.level]}
              </Text>
              {u.up && (
                <Text className='nx-usage__up' onClick={() => open(u.up!.level, u.up!.placeId)}>
                  看{u.up.name} ›
                </Text>
              )}
            </View>
            <View className='nx-usage__figures'>
              <Figure label='预约率' value={sharePercent(u.total.bookedShare)} note='居民预约占开放时长' />
              <Figure label='保留率' value={sharePercent(u.total.heldShare)} note='社区活动与保留' />
              <Figure label='使用率' value={sharePercent(u.total.usedShare)} note='签到到场的时长' />
              <Figure label='未到场率' value={sharePercent(u.total.noShowRate)} note={`${u.total.bookings}次预约 · ${u.total.noShows}次未到`} />
            </View>
            <CellGroup title='按周'>
              <UsageBars bars={u.weeks.map((w, i) => ({ key: w.from, label: w.from === w.to ? shortDate(w.from) : `${shortDate(w.from)}–${shortDate(w.to)}`, figures: u.totalWeeks[i] }))} />
            </CellGroup>
            {u.level !== 'community' && (
              <CellGroup title='各社区'>
                <UsageBars bars={u.communities.map((c) => ({ key: String(c.communityId), label: c.name, figures: c.month, onClick: () => open('community', c.communityId) }))} />
              </CellGroup>
            )}
            <CellGroup title='各场所'>
              <UsageBars bars={u.rooms.map((r) => ({ key: String(r.venueId), label: u.level === 'community' ? r.name : `${r.communityName} · ${r.name}`, figures: r.month }))} />
            </CellGroup>
            <CellGroup title='各时段繁忙程度（按星期）'>
              <UsageHeatMap cells={u.heat} />
            </CellGroup>
            <View className='nx-usage__export'>
              <Button className='nx-button-primary' disabled={store.exporting || undefined} onClick={() => void exportCsv()}>
                {inBrowser ? '下载CSV表格' : '导出CSV发给上级'}
              </Button>
              <Text className='nx-usage__hint'>开放时长按居民可预约的时段计算，已计入节假日、调休和特别开放/闭馆。</Text>
            </View>
          </View>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(UsagePage);
