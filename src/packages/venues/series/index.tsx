import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import type { SeriesOccurrence } from '../../../../types/venues/group-models';
import { BOOKING_STATUS_LABELS } from '../../../../types/venues/models';
import { BusyButton } from '../../../components/busy-button';
import { Cell, CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { StatusTag } from '../../../components/status-tag';
import { ReasonSheet, type ReasonRequest } from '../../../features/venues/components/reason-sheet';
import { everyWeek, SERIES_STATUS, seriesSpan } from '../../../features/venues/series-words';
import { STATUS_TONES } from '../../../features/venues/status-tones';
import { seriesOf, type SeriesStore } from '../../../features/venues/stores/series';
import { confirmAction, toast } from '../../../lib/confirm';
import { messageOf } from '../../../lib/errors';
import { formatDate } from '../../../lib/time';
import './index.scss';

/** A refusal means the page was out of date: say why and show it as it is now. */
const failed = (store: SeriesStore) => (err: unknown) => {
  toast(messageOf(err));
  void store.load();
};

/** 团体固定时段: the weeks of a group's series — the worker approves or rejects it whole; either side cancels weeks. */
function SeriesPage() {
  const store = seriesOf(Number(useRouter().params.id));
  useDidShow(() => void store.load());
  usePullDownRefresh(() => void store.load().finally(() => Taro.stopPullDownRefresh()));
  const [sheet, setSheet] = useState<ReasonRequest | null>(null);
  const s = store.data;
  const status = s ? SERIES_STATUS[s.status] : null;

  const cancel = async (o: SeriesOccurrence, scope: 'one' | 'later') => {
    const what = scope === 'one' ? `${formatDate(o.date)}这一次` : `${formatDate(o.date)}及以后的全部场次`;
    if (s?.canReview) {
      setSheet({
        title: `取消${what}`,
        hint: '团体联系人会收到通知和原因',
        presets: ['场地检修', '社区活动占用', '团体申请取消'],
        confirmText: '确认取消',
        onSubmit: (reason) => store.cancel(o.bookingId, scope, reason).then(() => (setSheet(null), toast('已取消', 'success')), failed(store)),
      });
      return;
    }
    if (!(await confirmAction({ title: '取消场次', content: `确定取消${what}吗？`, confirmText: '取消场次', danger: true }))) return;
    await store.cancel(o.bookingId, scope).then(() => toast('已取消', 'success'), failed(store));
  };

  return (
    <PageShell className='nx-series'>
      <StateView skeleton='detail' loading={store.loading} error={store.state.error} onRetry={() => void store.load()}>
        {s && status && (
          <>
            <View className='nx-series__head'>
              <View className='nx-series__title-row'>
                <Text className='nx-series__group'>{s.groupName}</Text>
                <StatusTag tone={status.tone} label={status.label} />
              </View>
              <Text className='nx-series__when'>
                {s.venueName} · {everyWeek(s.firstDate, s.start, s.end)}
              </Text>
              <Text className='nx-series__line'>{seriesSpan(s)}</Text>
              <Text className='nx-series__line'>
                {s.purpose} · {s.headcount}人 · 联系人 {s.contactName} {s.contactPhoneMasked}
              </Text>
              {s.reviewNote && <Text className='nx-series__note'>审核意见：{s.reviewNote}</Text>}
            </View>

            {s.canReview && s.status === 'pending' && (
              <View className='nx-series__review'>
                <Button
                  className='nx-button-plain nx-series__reject'
                  onClick={() =>
                    setSheet({
                      title: '驳回团体固定时段',
                      hint: '团体联系人会收到通知和原因',
                      presets: ['当期场地已安排其他活动', '超出场地开放安排', '请与社区沟通后再申请'],
                      confirmText: '驳回',
                      onSubmit: (note) => store.review('reject', note).then(() => (setSheet(null), toast('已驳回', 'success')), failed(store)),
                    })
                  }
                >
                  驳回
                </Button>
                <BusyButton className='nx-button-primary nx-series__approve' onPress={() => store.review('approve').then(() => toast('已通过', 'success'), failed(store))}>
                  通过（{s.live}次）
                </BusyButton>
              </View>
            )}

            <CellGroup title={`场次（${s.occurrences.length}）`}>
              {s.occurrences.map((o) => (
                <View key={o.bookingId} className='nx-series__week' data-date={o.date}>
                  <View className='nx-series__week-main'>
                    <Text className='nx-series__week-date'>{formatDate(o.date)}</Text>
                    <StatusTag tone={STATUS_TONES[o.status]} label={BOOKING_STATUS_LABELS[o.status]} />
                  </View>
                  {o.cancellable && (
                    <View className='nx-series__week-actions'>
                      <Text className='nx-series__action' onClick={() => void cancel(o, 'one')}>
                        取消本次
                      </Text>
                      <Text className='nx-series__action' onClick={() => void cancel(o, 'later')}>
                        取消此后全部
                      </Text>
                    </View>
                  )}
                </View>
              ))}
            </CellGroup>

            {s.skipped.length > 0 && (
              <CellGroup title={`未能预约的周（${s.skipped.length}）`}>
                {s.skipped.map((w) => (
                  <Cell key={w.date} label={formatDate(w.date)} hint={w.reason} />
                ))}
              </CellGroup>
            )}
          </>
        )}
      </StateView>
      {sheet && <ReasonSheet {...sheet} onClose={() => setSheet(null)} />}
    </PageShell>
  );
}

export default observer(SeriesPage);
