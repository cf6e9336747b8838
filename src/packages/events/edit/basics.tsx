import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { observer } from 'mobx-react-lite';
import { CATEGORY_LABELS, EVENT_CATEGORIES } from '../../../../types/events/models';
import { Cell, CellGroup } from '../../../components/cell';
import type { EventFormStore } from '../../../features/events/stores/event-form';
import { ChipRow } from './chip-row';
import { TextField } from './text-field';

/** 场地: none (free-text place) or one of the community's rooms, whose slots the event then holds. */
const VenueCell = observer(function VenueCell({ store }: { store: EventFormStore }) {
  if (store.venues.length === 0) return null;
  const chosen = store.venues.find((v) => v.id === store.venueId);
  const pick = async () => {
    const items = ['不使用预约场地', ...store.venues.map((v) => `${v.placeName} · ${v.name}`)];
    const res = await Taro.showActionSheet({ itemList: items.slice(0, 6) }).catch(() => null);
    if (res) store.chooseVenue(res.tapIndex === 0 ? null : store.venues[res.tapIndex - 1]);
  };
  return (
    <Cell
      label='场地'
      hint='选择后该时段显示为「社区保留」'
      className='nx-form__venue'
      value={<Text>{chosen ? chosen.name : '不使用预约场地'}</Text>}
      arrow
      onClick={() => void pick()}
    />
  );
});

/** 活动名称, 类别, 主办, 场地, 地点. */
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
      <VenueCell store={store} />
      <TextField store={store} field='place' label='地点' maxlength={60} placeholder='如：党群服务中心二楼会议室' errorFields={['place', 'venueId']} />
    </CellGroup>
  );
});
