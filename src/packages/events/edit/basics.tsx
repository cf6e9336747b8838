import { observer } from 'mobx-react';
import { CATEGORY_LABELS, EVENT_CATEGORIES } from '../../../../types/event-labels';
import { CellGroup } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/event-form-store';
import { ChipRow } from './chip-row';
import { TextField } from './text-field';

/** 活动名称, 类别, 主办, 地点. */
export const BasicsSection = observer(function BasicsSection({ store }: { store: EventFormStore }) {
  return (
    <CellGroup title='基本信息'>
      <TextField store={store} field='title' label='活动名称' maxlength={40} placeholder='如：重阳节敬老文艺汇演' />
      <ChipRow
        label='类别'
        items={EVENT_CATEGORIES.map((c) => ({ key: c, label: CATEGORY_LABELS[c] }))}
        isOn={(c) => store.category === c}
        onTap={(c) => store.set('category', c)}
      />
      <TextField store={store} field='organizer' label='主办' maxlength={40} placeholder='如：达尔罕社区党委' />
      <TextField store={store} field='place' label='地点' maxlength={60} placeholder='如：党群服务中心二楼会议室' errorFields={['place', 'venueId']} />
    </CellGroup>
  );
});
