/** How long kept data lives (docs/PRIVACY.md "How long it is kept"): the cut-off instant for each kind, given now. */
export const RETENTION_DAYS = {
  /** 消息通知: a year is enough to look back on what happened to a booking or request. */
  notifications: 365,
  /** A retried tap comes within minutes; a month leaves room for a phone that was off for weeks. */
  idempotencyKeys: 30,
  /** Sign-ups, bookings, 暖心事, ratings and the audit log's notes: 3 years after they ended, for the service figures and complaints. */
  records: 3 * 365,
} as const;

export type Kept = keyof typeof RETENTION_DAYS;

export function cutoff(kind: Kept, now: Date): Date {
  return new Date(now.getTime() - RETENTION_DAYS[kind] * 86_400_000);
}
