import { Picker, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { BusyButton } from '../../../components/busy-button';
import { Cell, CellGroup } from '../../../components/cell';
import { Chips } from '../../../components/chips';
import { TextInput } from '../../../components/field';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { TimePicker } from '../../../components/time-picker';
import { FieldError, FormFailure } from '../../../features/venues/components/form-notes';
import { everyWeek, everyWeekday, hoursWords, SERIES_STATUS, seriesSpan } from '../../../features/venues/series-words';
import { groupBook } from '../../../features/venues/stores/group-book';
import { formatDate } from '../../../lib/time';
import './index.scss';

const WEEKS = Array.from({ length: 12 }, (_, i) => `${i + 1}周`);
const go = (url: string) => void Taro.navigateTo({ url });

/**
 * 团体固定时段预约 (a group's contact): the same slot every week for up to 12 weeks; which weeks cannot be had, and
 * why, is shown before the request is sent; the community approves the series as a whole.
 */
function GroupBookPage() {
  const p = useRouter().params;
  useDidShow(() => void groupBook.begin(Number(p.groupId), Number(p.venueId)));
  const { group, preview, error } = groupBook;
  const { state } = groupBook.groups;
  const fieldError = (name: string) => error?.field === name && <FieldError message={error.message} />;

  const submit = async () => {
    const view = await groupBook.submit();
    if (view) void Taro.redirectTo({ url: `/packages/venues/series/index?id=${view.id}` });
  };

  return (
    <PageShell className='nx-group-book'>
      <StateView
        loading={groupBook.groups.loading}
        error={group ? null : state.error}
        empty={!!groupBook.groups.data && !group}
        emptyText='您不是这个团体的联系人，请联系社区工作人员登记'
        onRetry={() => void groupBook.begin(Number(p.groupId), Number(p.venueId))}
      >
        {group && (
          <>
            <View className='nx-group-book__head'>
              <Text className='nx-group-book__name'>{group.name}</Text>
              <Text className='nx-group-book__rule'>同一时段每周预约，最多12周，需社区审核；团体每周额度{hoursWords(group.weeklyMinutes)}，不占联系人个人的预约额度</Text>
            </View>

            <CellGroup title='每周固定时段'>
              <Text className='nx-group-book__label'>场地</Text>
              <Chips label='场地' options={group.rooms.map((r) => ({ key: r.id, label: r.name }))} isOn={(id) => id === groupBook.venueId} onTap={(id) => groupBook.set({ venueId: id })} />
              {fieldError('venueId')}
              <Picker mode='date' value={groupBook.firstDate} onChange={(e) => groupBook.set({ firstDate: String(e.detail.value) })}>
                <Cell label='首次日期' value={<Text className='nx-group-book__value'>{groupBook.firstDate && formatDate(groupBook.firstDate)}</Text>} arrow />
              </Picker>
              {fieldError('firstDate')}
              <TimePicker value={groupBook.start} onChange={(v) => groupBook.set({ start: v })}>
                <Cell label='开始时间' value={<Text className='nx-group-book__value'>{groupBook.start}</Text>} arrow />
              </TimePicker>
              <TimePicker value={groupBook.end} onChange={(v) => groupBook.set({ end: v })}>
                <Cell label='结束时间' value={<Text className='nx-group-book__value'>{groupBook.end}</Text>} arrow />
              </TimePicker>
              {fieldError('start')}
              {fieldError('end')}
              <Picker mode='selector' range={WEEKS} value={groupBook.weeks - 1} onChange={(e) => groupBook.set({ weeks: Number(e.detail.value) + 1 })}>
                <Cell label='连续周数' value={<Text className='nx-group-book__value'>{groupBook.weeks}周</Text>} arrow />
              </Picker>
            </CellGroup>

            <View className='nx-group-book__actions'>
              <BusyButton className='nx-button-plain nx-group-book__check' onPress={() => groupBook.check()}>
                查看可预约情况
              </BusyButton>
            </View>

            {preview && (
              <CellGroup title={`${preview.venueName} ${everyWeekday(preview.occurrences[0].date)} · 可预约${preview.bookable}/${preview.occurrences.length}周`}>
                {preview.occurrences.map((o) => (
                  <View key={o.date} className={`nx-group-book__week ${o.ok ? '' : 'nx-group-book__week--no'}`} data-date={o.date}>
                    <View className='nx-group-book__week-main'>
                      <Text className='nx-group-book__week-date'>{formatDate(o.date)}</Text>
                      <StatusTag tone={o.ok ? 'ok' : 'danger'} label={o.ok ? '可预约' : '不可预约'} />
                    </View>
                    {o.reason && <Text className='nx-group-book__reason'>{o.reason}</Text>}
                  </View>
                ))}
              </CellGroup>
            )}

            {preview && preview.bookable > 0 && (
                <CellGroup title='预约信息'>
                  <Cell
                    label='用途'
                    value={<TextInput label='用途' className='nx-group-book__input' value={groupBook.purpose} maxlength={50} placeholder='如：合唱排练' onInput={(e) => groupBook.set({ purpose: e.detail.value })} />}
                  />
                  {fieldError('purpose')}
                  <Cell
                    label='人数'
                    value={<TextInput label='人数' className='nx-group-book__input' type='number' value={groupBook.headcount} maxlength={4} placeholder='每次到场人数' onInput={(e) => groupBook.set({ headcount: e.detail.value })} />}
                  />
                  {fieldError('headcount')}
                </CellGroup>
            )}
            {error && !['venueId', 'firstDate', 'start', 'end', 'purpose', 'headcount'].includes(error.field ?? '') && <FormFailure message={error.message} />}
            {preview && preview.bookable > 0 && (
              <View className='nx-group-book__actions'>
                <BusyButton className='nx-button-primary nx-group-book__submit' onPress={submit}>
                  提交申请（{preview.bookable}次）
                </BusyButton>
              </View>
            )}

            {group.series.length > 0 && (
              <CellGroup title='已申请的固定时段'>
                {group.series.map((s) => (
                  <Cell
                    key={s.id}
                    label={`${s.venueName} ${everyWeek(s.firstDate, s.start, s.end)}`}
                    hint={seriesSpan(s)}
                    value={<StatusTag tone={SERIES_STATUS[s.status].tone} label={SERIES_STATUS[s.status].label} />}
                    arrow
                    onClick={() => go(`/packages/venues/series/index?id=${s.id}`)}
                  />
                ))}
              </CellGroup>
            )}
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(GroupBookPage);
