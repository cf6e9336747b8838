import { Input } from '@tarojs/components';
import { observer } from 'mobx-react';
import { CATEGORY_LABELS, EVENT_CATEGORIES } from '../../../../types/event-labels';
import { Cell, CellGroup } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/event-form-store';
import { ChipRow } from './chip-row';
import { FieldError } from './field-error';

/** 活动名称, 类别, 主办, 地点. */
export const BasicsSection = observer(function BasicsSection({ store }: { store: EventFormStore }) {
  return (
    <CellGroup title='基本信息'>
      <Cell
        label='活动名称'
        value={<Input className='nx-form__input' value={store.title} maxlength={40} placeholder='如：重阳节敬老文艺汇演' onInput={(e) => store.set('title', e.detail.value)} />}
      />
      <FieldError store={store} fields={['title']} />
      <ChipRow
        label='类别'
        items={EVENT_CATEGORIES.map((c) => ({ key: c, label: CATEGORY_LABELS[c] }))}
        isOn={(c) => store.category === c}
        onTap={(c) => store.set('category', c)}
      />
      <Cell
        label='主办'
        value={<Input className='nx-form__input' value={store.organizer} maxlength={40} placeholder='如：达尔罕社区党委' onInput={(e) => store.set('organizer', e.detail.value)} />}
      />
      <FieldError store={store} fields={['organizer']} />
      <Cell
        label='地点'
        value={<Input className='nx-form__input' value={store.place} maxlength={60} placeholder='如：党群服务中心二楼会议室' onInput={(e) => store.set('place', e.detail.value)} />}
      />
      <FieldError store={store} fields={['place', 'venueId']} />
    </CellGroup>
  );
});
