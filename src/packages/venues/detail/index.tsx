import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { BookingAllowanceNote } from '../../../features/venues/components/booking-allowance';
import { DateStrip } from '../../../features/venues/components/date-strip';
import { SlotGrid } from '../../../features/venues/components/slot-grid';
import { VenueFacts } from '../../../features/venues/components/venue-facts';
import { venueList } from '../../../features/venues/stores/venue-list';
import { venuePage } from '../../../features/venues/stores/venue-page';
import { formatDate, formatMinutes } from '../../../lib/time';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 场地时段: pick a free slot (or a few in a row) and book it; a slot that is not free says why. */
function VenueDetailPage() {
  const id = Number(useRouter().params.id);
  const page = venuePage(id);
  useDidShow(() => void page.open());
  usePullDownRefresh(() => void page.reload().finally(() => Taro.stopPullDownRefresh()));
  const { venue, day, range, state } = page;
  const suspension = venueList.data?.suspension;

  const bookUrl = (mode: string) =>
    range && `/packages/venues/book/index?venueId=${id}&date=${page.date}&start=${range.start}&end=${range.end}&mode=${mode}`;
  const chosen = range ? `${formatDate(page.date, { today: page.today })} ${formatMinutes(range.start)}–${formatMinutes(range.end)}` : '';

  return (
    <PageShell className='nx-venue'>
      <StateView skeleton='detail' loading={state.loading} error={state.error} onRetry={() => void page.open()}>
        {venue && (
          <>
            <VenueFacts venue={venue} />
            {suspension && (
              <View className='nx-venue__suspended' role='alert'>
                <Text>
                  场地预约暂停至{formatDate(suspension.until)}（{suspension.reason}），暂不能新预约
                </Text>
              </View>
            )}
            {!venue.canManage && page.allowance && <BookingAllowanceNote allowance={page.allowance} rules={venue.rules} date={page.date} today={page.today} />}
            <Text className='nx-venue__section'>选择日期</Text>
            <DateStrip days={page.days} today={page.today} selected={page.date} onSelect={(d) => page.chooseDate(d)} />
            {day && (
              <View className='nx-venue__day'>
                <View className='nx-venue__day-head'>
                  <Text className='nx-venue__day-title'>{formatDate(day.date, { today: page.today })}</Text>
                  {day.dayName && <Text className='nx-venue__day-name'>{day.dayName}</Text>}
                </View>
                {day.hoursNote && <Text className='nx-venue__day-note'>{day.hoursNote}</Text>}
                {day.closedReason ? (
                  <Text className='nx-venue__closed'>{day.closedReason}，请选择其他日期</Text>
                ) : (
                  <SlotGrid slots={day.slots} run={page.run} onTap={(i) => page.tap(i)} />
                )}
                {page.note && (
                  <View className='nx-venue__why' role='status'>
                    <Text>{page.note}</Text>
                  </View>
                )}
              </View>
            )}
            {page.data && page.data.groups.length > 0 && (
              <CellGroup title='团体预约'>
                {page.data.groups.map((g) => (
                  <Cell key={g.id} label={`${g.name} · 每周固定时段`} hint='同一时段每周预约，最多12周，需社区审核' arrow onClick={() => go(`/packages/venues/group-book/index?groupId=${g.id}&venueId=${id}`)} />
                ))}
              </CellGroup>
            )}
            {venue.canManage && (
              <CellGroup title='社区工作人员'>
                <Cell label='当日预约与签到' hint='审核、签到、未到场、整天保留' arrow onClick={() => go(`/packages/venues/day/index?id=${id}&date=${page.date}`)} />
                <Cell label='保留所选时段' hint={range ? chosen : '先在上方选择时段'} arrow onClick={() => range && go(bookUrl('reserve')!)} />
                <Cell label='代居民预约' hint={range ? chosen : '为没有智能手机的居民预约'} arrow onClick={() => range && go(bookUrl('behalf')!)} />
                <Cell label='编辑场地' hint='开放时间、规则、照片、闭馆日' arrow onClick={() => go(`/packages/venues/edit/index?id=${id}`)} />
              </CellGroup>
            )}
            <View className='nx-venue__bar'>
              <View className='nx-venue__bar-text'>
                {range ? (
                  <>
                    <Text className='nx-venue__bar-main'>
                      {formatMinutes(range.start)}–{formatMinutes(range.end)} · {page.chosenCount}个时段
                    </Text>
                    <Text className='nx-venue__bar-sub'>
                      {formatDate(page.date, { today: page.today })}
                      {venue.requiresApproval ? ' · 需社区审核' : ''}
                    </Text>
                  </>
                ) : (
                  <Text className='nx-venue__bar-sub'>{venue.canManage || page.limit.max > 0 ? `点选可预约的时段，连续最多${venue.canManage ? venue.rules.maxSlotsPerBooking : page.limit.max}个` : page.limit.note}</Text>
                )}
              </View>
              <Button
                className={`nx-venue__book nx-button-primary ${range ? '' : 'nx-button-primary--disabled'}`}
                // Taro's H5 button greys its text whenever the attribute is present, even as disabled="false".
                disabled={range ? undefined : true}
                onClick={() => range && go(bookUrl('resident')!)}
              >
                预约
              </Button>
            </View>
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(VenueDetailPage);
