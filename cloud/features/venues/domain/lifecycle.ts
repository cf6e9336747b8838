import type { BookingStatus } from '../../../../types/venues/models';

/** Time rules of one booking: cancelling, checking in, and when it becomes a no-show. */
export interface Timing {
  status: BookingStatus;
  startsAt: Date;
}

/** A pending request can be withdrawn until it starts; a confirmed booking until the venue's deadline. */
export function cancelUntil(b: Timing, cancelDeadlineMinutes: number): Date | null {
  if (b.status === 'pending') return b.startsAt;
  if (b.status === 'confirmed') return new Date(b.startsAt.getTime() - cancelDeadlineMinutes * 60_000);
  return null;
}

export function canCancel(b: Timing, cancelDeadlineMinutes: number, now: Date): boolean {
  const until = cancelUntil(b, cancelDeadlineMinutes);
  return until !== null && now.getTime() < until.getTime();
}

/** Check-in is open from `window` minutes before the start to `window` minutes after it. */
export function checkinWindow(startsAt: Date, windowMinutes: number): { from: Date; until: Date } {
  return { from: new Date(startsAt.getTime() - windowMinutes * 60_000), until: new Date(startsAt.getTime() + windowMinutes * 60_000) };
}

export function inCheckinWindow(startsAt: Date, windowMinutes: number, now: Date): boolean {
  const w = checkinWindow(startsAt, windowMinutes);
  return now.getTime() >= w.from.getTime() && now.getTime() <= w.until.getTime();
}

/** A confirmed booking nobody checked in to by the end of the window is a no-show. */
export function isNoShowDue(b: Timing & { checkedIn: boolean }, windowMinutes: number, now: Date): boolean {
  return b.status === 'confirmed' && !b.checkedIn && now.getTime() > checkinWindow(b.startsAt, windowMinutes).until.getTime();
}
