import { useState } from 'react';
import type { Role } from '../../../../types';
import { Cell, CellGroup } from '../../../components/cell';
import { toast } from '../../../lib/confirm';
import { askToSubscribe } from '../stores/subscribe';

/** The message kinds each role's work arrives as (the cloud's template keys; WeChat asks for at most 3 at once). */
const WORK: Partial<Record<Role, { families: string[]; hint: string }>> = {
  worker: { families: ['request.created', 'booking.review'], hint: '有新的暖心事待派单、场地预约待审核时，微信通知您' },
  admin: { families: ['request.created', 'booking.review'], hint: '有新的暖心事待派单、场地预约待审核时，微信通知您' },
  handler: { families: ['request.dispatched', 'request.pooled'], hint: '有派给本单位的暖心事或新的可认领需求时，微信通知您' },
};

/**
 * 工作台: a worker (or handler) turns on WeChat reminders for the work that comes to them — a new 暖心事 to dispatch,
 * a booking to approve, a task for their unit. WeChat asks only on a tap, so this is a tap.
 */
export function WorkReminders(props: { role: Role }) {
  const [busy, setBusy] = useState(false);
  const work = WORK[props.role];
  if (!work) return null;
  const turnOn = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await askToSubscribe(work.families, { asked: true });
      if (outcome === null) toast('请在微信中打开小程序开启提醒；提醒也会保存在消息通知里');
    } finally {
      setBusy(false);
    }
  };
  return (
    <CellGroup title='微信提醒'>
      <Cell label={busy ? '正在开启…' : '开启工作提醒'} hint={work.hint} arrow onClick={() => void turnOn()} />
    </CellGroup>
  );
}
