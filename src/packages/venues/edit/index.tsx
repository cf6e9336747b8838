import { Picker, Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { VENUE_KIND_LABELS, VENUE_KINDS } from '../../../../types/venues/models';
import { Cell, CellGroup, SwitchCell } from '../../../components/cell';
import { PageShell } from '../../../components/page-shell';
import { StateView } from '../../../components/state-view';
import { session } from '../../../features/people/stores/session';
import { Chips, optionsOf } from '../../../components/chips';
import { FieldError, FormFailure } from '../../../features/venues/components/form-notes';
import { HoursEditor } from '../../../features/venues/components/hours-editor';
import { SpecialDatesEditor } from '../../../features/venues/components/special-dates-editor';
import { FACILITY_PRESETS, venueForm } from '../../../features/venues/stores/venue-form';
import { VenuePhotos } from '../../../features/venues/components/venue-photos';
import { toast } from '../../../lib/confirm';
import { localDateOf } from '../../../lib/time';
import { TextInput, TextArea } from '../../../components/field';
import { BusyButton } from '../../../components/busy-button';
import './index.scss';

const SLOT_LENGTHS = [30, 60, 90, 120];
const OFFSETS = [0, 30];

/** 编辑场地 (workers): what the room is, when it opens 错时, its booking rules, photos and special dates. */
function EditVenuePage() {
  const id = Number(useRouter().params.id) || null;
  const editor = venueForm(id);
  useLoad(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑场地' : '新建场地' });
    void session.ensureLoaded().then(() => editor.start(session.me?.staffCommunities[0]?.id ?? 0));
  });
  const { form, error } = editor;
  const communities = session.me?.staffCommunities ?? [];

  const text = (key: 'name' | 'address' | 'capacity', label: string, placeholder: string, opts: { number?: boolean; max?: number } = {}) => (
    <>
      <Cell
        label={label}
        value={<TextInput label={label} className='nx-edit__input' value={form[key]} type={opts.number ? 'number' : 'text'} maxlength={opts.max ?? 30} placeholder={placeholder} onInput={(e) => editor.set(key, e.detail.value)} />}
      />
      {error?.field === key && <FieldError message={error.message} />}
    </>
  );
  const rule = (key: Exclude<keyof typeof form.rules, 'requiresApproval'>, label: string, unit: string) => (
    <Cell
      label={label}
      value={
        <View className='nx-edit__unit'>
          <TextInput label={label} className='nx-edit__input nx-edit__input--short' type='digit' value={form.rules[key]} maxlength={4} onInput={(e) => editor.setRule(key, e.detail.value)} />
          <Text>{unit}</Text>
        </View>
      }
    />
  );

  const save = async () => {
    const saved = await editor.save();
    if (saved) {
      toast('已保存', 'success');
      if (!id) void Taro.redirectTo({ url: `/packages/venues/edit/index?id=${saved.id}` });
    }
  };

  return (
    <PageShell className='nx-edit'>
      <StateView loading={editor.state.loading} error={editor.state.error} onRetry={() => void editor.start(communities[0]?.id ?? 0)}>
        <CellGroup title='基本信息'>
          {text('name', '名称', '如：文体活动室')}
          <Picker mode='selector' range={VENUE_KINDS.map((k) => VENUE_KIND_LABELS[k])} value={VENUE_KINDS.indexOf(form.kind)} onChange={(e) => editor.set('kind', VENUE_KINDS[Number(e.detail.value)])}>
            <Cell label='类型' value={VENUE_KIND_LABELS[form.kind]} arrow />
          </Picker>
          {communities.length > 1 && (
            <Picker mode='selector' range={communities.map((c) => c.name)} value={Math.max(0, communities.findIndex((c) => c.id === form.communityId))} onChange={(e) => editor.set('communityId', communities[Number(e.detail.value)].id)}>
              <Cell label='所属社区' value={communities.find((c) => c.id === form.communityId)?.name ?? ''} arrow />
            </Picker>
          )}
          <SwitchCell label='全街道共用' hint='街道党群服务中心：本街道各社区居民均可预约' checked={form.streetWide} onChange={(on) => editor.set('streetWide', on)} />
          {text('address', '位置', '如：达尔罕小区居民活动服务站一层', { max: 60 })}
          {text('capacity', '容纳人数', '最多可容纳多少人', { number: true, max: 4 })}
          <View className='nx-edit__textarea-wrap'>
            <TextArea label='简介' className='nx-edit__textarea' value={form.description} maxlength={200} placeholder='简介：适合开展哪些活动（选填）' onInput={(e) => editor.set('description', e.detail.value)} />
          </View>
        </CellGroup>

        <CellGroup title='设施'>
          <Chips label='设施' multiple options={optionsOf(FACILITY_PRESETS)} isOn={(f) => form.facilities.includes(f)} onTap={(f) => editor.toggleFacility(f)} />
        </CellGroup>

        <CellGroup title='照片（第一张为封面）'>
          <VenuePhotos photos={form.photos} onChange={(p) => editor.set('photos', p)} onAdd={(path) => editor.addPhoto(path)} />
        </CellGroup>

        <CellGroup title='开放时间（错时开放：工作日晚间、周末全天）'>
          <Picker mode='selector' range={SLOT_LENGTHS.map((m) => `${m}分钟`)} value={SLOT_LENGTHS.indexOf(form.slotMinutes)} onChange={(e) => editor.set('slotMinutes', SLOT_LENGTHS[Number(e.detail.value)])}>
            <Cell label='每个时段' value={`${form.slotMinutes}分钟`} arrow />
          </Picker>
          <Picker mode='selector' range={['整点开始（如 18:00）', '半点开始（如 17:30）']} value={OFFSETS.indexOf(form.slotOffset)} onChange={(e) => editor.set('slotOffset', OFFSETS[Number(e.detail.value)])}>
            <Cell label='时段起点' hint='与相邻场地错开半小时，方便错峰' value={form.slotOffset === 0 ? '整点' : '半点'} arrow />
          </Picker>
          <HoursEditor weekly={form.weekly} onDay={(d, i) => editor.setDay(d, i)} onCopy={(f, t) => editor.copyDay(f, t)} />
          {error && /^(weekly|slot)/.test(error.field ?? '') && <FieldError message={error.message} />}
          <Text className='nx-edit__hint'>法定节假日按周六时间开放，调休上班日按多数工作日的时间开放；某一天要另定时间，请在下方设特殊日期。</Text>
        </CellGroup>

        <CellGroup title='预约规则'>
          <SwitchCell label='需社区审核' hint='开启后，居民预约需工作人员通过' checked={form.rules.requiresApproval} onChange={(on) => editor.setRule('requiresApproval', on)} />
          {rule('bookingWindowDays', '可提前预约', '天')}
          {rule('minNoticeHours', '最少提前', '小时')}
          {rule('maxSlotsPerBooking', '每次最多', '个时段')}
          {rule('maxUpcomingPerResident', '每人未开始预约', '个')}
          {rule('maxHoursPerWeek', '每人每周最多', '小时')}
          {rule('cancelDeadlineHours', '开始前可取消', '小时')}
          {rule('checkinWindowMinutes', '签到时间窗', '分钟')}
          {error?.field?.startsWith('rules') && <FieldError message={error.message} />}
        </CellGroup>

        <CellGroup title='状态'>
          <SwitchCell label='开放预约' hint='关闭后居民看不到该场地' checked={form.active} onChange={(on) => editor.set('active', on)} />
        </CellGroup>

        {error && !/^(name|address|capacity|weekly|rules|slot)/.test(error.field ?? '') && <FormFailure message={error.message} />}
        <View className='nx-edit__actions'>
          <BusyButton className={`nx-button-primary nx-edit__save ${editor.saving ? 'nx-button-primary--disabled' : ''}`} busy={editor.saving} onPress={save}>
            保存
          </BusyButton>
        </View>

        {editor.venue && (
          <CellGroup title='特殊日期（闭馆 / 加开）'>
            <SpecialDatesEditor dates={editor.venue.specialDates} today={editor.venue.window.first || localDateOf(new Date())} onSave={(input) => editor.setSpecialDate(input)} />
          </CellGroup>
        )}
      </StateView>
    </PageShell>
  );
}

export default observer(EditVenuePage);
