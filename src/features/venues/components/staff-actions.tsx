import { useState } from 'react';
import type { StaffBookingView } from '../../../../types/venues/models';
import { messageOf } from '../../../lib/errors';
import { confirmAction, toast } from '../../../lib/confirm';
import { formatMinutes } from '../../../lib/time';
import { bookingActions } from '../stores/booking-actions';
import { ReasonSheet, type ReasonRequest } from './reason-sheet';

export type StaffAction = 'approve' | 'reject' | 'checkIn' | 'noShow' | 'cancel';

const REJECT_REASONS = ['当天场地另有安排', '人数超出场地容纳', '用途与场地不符'];
const CANCEL_REASONS = ['场地临时检修', '社区紧急使用', '居民电话要求取消'];

const who = (b: StaffBookingView) => (b.kind === 'booking' ? b.personName || '居民' : `社区保留（${b.reason}）`);
const when = (b: StaffBookingView) => `${formatMinutes(b.start)}–${formatMinutes(b.end)}`;

/**
 * A worker's actions on one booking, with what each needs first: a reason for 驳回 and 取消 (the resident is told),
 * a confirmation for 未到场. Returns the runner and the sheet to render. `done` gets the booking as the action left it
 * (the page puts it in its list: one call per tap), or null after a refusal (the page reloads: it was out of date).
 * `run` settles when the action has been answered, so the row's button is busy until then (see BusyButton).
 */
export function useStaffActions(done: (answer: StaffBookingView | null) => unknown) {
  const [sheet, setSheet] = useState<ReasonRequest | null>(null);

  const attempt = async (label: string, send: () => Promise<StaffBookingView>) => {
    try {
      const answer = await send();
      toast(label, 'success');
      await done(answer);
    } catch (err) {
      toast(messageOf(err));
      await done(null);
    }
  };

  const run = async (action: StaffAction, b: StaffBookingView) => {
    if (action === 'approve') return attempt('已通过', () => bookingActions.approve(b));
    if (action === 'checkIn') return attempt('已签到', () => bookingActions.checkIn(b));
    if (action === 'noShow') {
      const ok = await confirmAction({ title: '记为未到场？', content: `${who(b)} ${when(b)} 未签到。记为未到场后，未开始的时段将释放；30天内3次未到场将暂停其预约。`, confirmText: '记为未到场' });
      if (ok) await attempt('已记为未到场', () => bookingActions.markNoShow(b));
      return;
    }
    const reject = action === 'reject';
    setSheet({
      title: reject ? `驳回 ${who(b)} 的预约` : b.kind === 'booking' ? `取消 ${who(b)} 的预约` : '取消社区保留',
      hint: b.kind === 'booking' ? '居民会收到通知和这条原因' : '取消后这些时段将开放给居民预约',
      presets: reject ? REJECT_REASONS : CANCEL_REASONS,
      confirmText: reject ? '驳回' : '确认取消',
      onSubmit: async (reason) => {
        await attempt(reject ? '已驳回' : '已取消', () => (reject ? bookingActions.reject(b, reason) : bookingActions.cancel(b, reason)));
        setSheet(null);
      },
    });
  };

  const ask = (request: ReasonRequest) =>
    setSheet({
      ...request,
      onSubmit: async (reason) => {
        await request.onSubmit(reason);
        setSheet(null);
      },
    });
  const element = sheet ? <ReasonSheet {...sheet} onClose={() => setSheet(null)} /> : null;
  return { run, ask, sheet: element };
}
