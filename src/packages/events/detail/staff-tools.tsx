import Taro from '@tarojs/taro';
import type { EventDetail } from '../../../../types/events';
import { Cell, CellGroup } from '../../../components/cell';

/** For the community's workers: the list and check-in, editing, cancelling. */
export function StaffTools(props: { e: EventDetail; onCancelEvent: () => void }) {
  const { e } = props;
  if (!e.canManage) return null;
  const editable = e.status !== 'cancelled' && e.status !== 'ongoing' && e.status !== 'ended';
  return (
    <CellGroup title='工作人员' className='nx-staff'>
      <Cell
        label='报名名单与签到'
        hint={`已报名${e.capacity - e.seatsLeft}个名额${e.waiting ? `，候补${e.waiting}人` : ''}`}
        arrow
        onClick={() => void Taro.navigateTo({ url: `/packages/events/attendees/index?id=${e.id}` })}
      />
      {editable && <Cell label='编辑活动' arrow onClick={() => void Taro.navigateTo({ url: `/packages/events/edit/index?id=${e.id}` })} />}
      {e.status !== 'cancelled' && e.status !== 'ended' && <Cell label='取消活动' hint='已报名的居民会收到通知' className='nx-staff__cancel' arrow onClick={props.onCancelEvent} />}
    </CellGroup>
  );
}
