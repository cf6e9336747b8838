import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { Cell, CellGroup } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { session } from '../../../features/people/stores/session';
import { bookingForm, type BookMode } from '../../../features/venues/stores/booking-form';
import { BookingResult } from '../../../features/venues/components/booking-result';
import { Chips, optionsOf } from '../../../components/chips';
import { FieldError, FormFailure } from '../../../features/venues/components/form-notes';
import { venuePage } from '../../../features/venues/stores/venue-page';
import { formatDate, formatMinutes } from '../../../lib/time';
import { TextInput } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

const TITLES: Record<BookMode, { title: string; submit: string }> = {
  resident: { title: '填写预约', submit: '提交预约' },
  behalf: { title: '代居民预约', submit: '代为预约' },
  reserve: { title: '社区保留', submit: '确认保留' },
};
const REASONS = ['主题党日', '居民议事会', '文艺排练', '志愿服务培训'];

/** 填写预约: purpose, headcount and contact for the chosen slots (or the reason, when a worker reserves them). */
function BookPage() {
  const p = useRouter().params;
  const mode = (['behalf', 'reserve'].includes(p.mode ?? '') ? p.mode : 'resident') as BookMode;
  const target = { mode, venueId: Number(p.venueId), date: p.date ?? '', start: Number(p.start), end: Number(p.end) };
  const page = venuePage(target.venueId);
  useDidShow(() => {
    void Taro.setNavigationBarTitle({ title: TITLES[mode].title });
    void session.ensureLoaded().then(() => bookingForm.begin(target, session.me));
    if (!page.venue) void page.open();
  });
  const venue = page.venue;
  const { values, error, result } = bookingForm;

  if (result && venue) {
    return (
      <PageShell>
        <BookingResult venue={venue} target={target} result={result} today={page.today} />
      </PageShell>
    );
  }

  const field = (name: keyof typeof values, label: string, placeholder: string, opts: { type?: 'number' | 'text'; max?: number } = {}) => (
    <>
      <Cell
        label={label}
        value={
          <TextInput
            label={label}
            className='nx-book__input'
            value={values[name]}
            type={opts.type ?? 'text'}
            maxlength={opts.max ?? 50}
            placeholder={placeholder}
            onInput={(e) => bookingForm.set(name, e.detail.value)}
          />
        }
      />
      {error?.field === name && <FieldError message={error.message} />}
    </>
  );

  return (
    <PageShell className='nx-book'>
      <StateView loading={!venue && page.state.loading} error={venue ? null : page.state.error} onRetry={() => void page.open()}>
        {venue && (
          <>
            <View className='nx-book__summary'>
              <Text className='nx-book__venue'>{venue.name}</Text>
              <Text className='nx-book__when'>
                {formatDate(target.date, { today: page.today })} {formatMinutes(target.start)}–{formatMinutes(target.end)}
              </Text>
              <Text className='nx-book__place'>
                {venue.placeName} · {venue.address} · 可容纳{venue.capacity}人
              </Text>
              {mode === 'resident' && venue.requiresApproval && <Text className='nx-book__notice'>该场地需社区审核，提交后请留意审核通知</Text>}
            </View>
            {mode === 'reserve' ? (
              <CellGroup title='保留原因（居民可以看到）'>
                {field('reason', '原因', '如：主题党日', { max: 30 })}
                <Chips label='常用原因' options={optionsOf(REASONS)} isOn={(r) => values.reason === r} onTap={(r) => bookingForm.set('reason', r)} />
              </CellGroup>
            ) : (
              <CellGroup title='预约信息'>
                {mode === 'behalf' && field('personName', '居民姓名', '请填写居民姓名', { max: 20 })}
                {mode === 'behalf' && field('personPhone', '手机号', '居民的11位手机号', { type: 'number', max: 11 })}
                {field('purpose', '用途', '如：合唱团排练、楼栋议事会')}
                {field('headcount', '人数', `不超过${venue.capacity}人`, { type: 'number', max: 4 })}
                {mode === 'resident' && field('contactName', '联系人', '请填写联系人', { max: 20 })}
                {mode === 'resident' && field('contactPhone', '联系电话', '11位手机号', { type: 'number', max: 11 })}
              </CellGroup>
            )}
            {error && !(error.field && error.field in values) && <FormFailure message={error.message} />}
            <View className='nx-book__actions'>
              <BusyButton
                className={`nx-button-primary nx-book__submit ${bookingForm.submitting ? 'nx-button-primary--disabled' : ''}`}
                busy={bookingForm.submitting}
                onPress={() => bookingForm.submit(venue.capacity)}
              >
                {TITLES[mode].submit}
              </BusyButton>
            </View>
          </>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(BookPage);
