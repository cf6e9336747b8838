import { localDate, toInstant } from '../../../lib/time';

/**
 * Check-in runs on the day: from the local midnight of the event's start until its end. The resident's QR code is
 * shown in the same window, so a code is never handed out days ahead.
 */
export function checkinOpen(startsAt: Date, endsAt: Date, now: Date): boolean {
  const t = now.getTime();
  return t >= toInstant(localDate(startsAt)).getTime() && t <= endsAt.getTime();
}
