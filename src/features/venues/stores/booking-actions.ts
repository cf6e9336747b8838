import type { StaffBookingView } from '../../../../types/venues/models';
import { call } from '../../../api/call';

/** What a worker does to one booking, from 工作台 or 当日预约; each answers with the booking as it is now. */
export const bookingActions = {
  approve: (b: StaffBookingView) => call('bookings.review', { bookingId: b.id, decision: 'approve' }),
  reject: (b: StaffBookingView, note: string) => call('bookings.review', { bookingId: b.id, decision: 'reject', note }),
  checkIn: (b: StaffBookingView) => call('bookings.checkIn', { bookingId: b.id }),
  markNoShow: (b: StaffBookingView) => call('bookings.markNoShow', { bookingId: b.id }),
  cancel: async (b: StaffBookingView, reason: string): Promise<StaffBookingView> => ({ ...b, ...(await call('bookings.cancel', { bookingId: b.id, reason })) }),
};
