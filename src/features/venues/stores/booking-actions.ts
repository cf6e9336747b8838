import { call } from '../../../api/call';

/** What a worker does to one booking, from 工作台 or 当日预约; each answers with the booking as it is now. */
export const bookingActions = {
  approve: (bookingId: number) => call('bookings.review', { bookingId, decision: 'approve' }),
  reject: (bookingId: number, note: string) => call('bookings.review', { bookingId, decision: 'reject', note }),
  checkIn: (bookingId: number) => call('bookings.checkIn', { bookingId }),
  markNoShow: (bookingId: number) => call('bookings.markNoShow', { bookingId }),
  cancel: (bookingId: number, reason: string) => call('bookings.cancel', { bookingId, reason }),
};
