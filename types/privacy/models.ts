/** What deleting one's account did: the counts the confirmation page reports back. */
export interface AccountDeleted {
  /** Sign-ups and waitlist places given back (the seats went to the waitlist). */
  cancelledSignups: number;
  /** Room bookings and booking requests cancelled. */
  cancelledBookings: number;
  /** 暖心事 still open, withdrawn. */
  withdrawnRequests: number;
  /** 暖心事 the person had taken on as a handler, handed back to the community. */
  handedBack: number;
}
