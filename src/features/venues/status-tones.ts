import type { BookingStatus } from '../../../types/venues/models';
import type { Tone } from '../../components/status-tag';

/** green = 已预约 / 已签到, orange = 待审核, red = 未到场 / 未通过, grey = 已取消 / 已失效 (UI.md). */
export const STATUS_TONES: Record<BookingStatus, Tone> = {
  pending: 'wait',
  confirmed: 'ok',
  checked_in: 'ok',
  no_show: 'danger',
  rejected: 'danger',
  cancelled: 'closed',
  expired: 'closed',
};
