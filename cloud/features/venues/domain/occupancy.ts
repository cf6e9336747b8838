import type { BookingKind, BookingStatus } from '../../../../types/venues/models';

/** Statuses that keep a range of the venue taken. A no-show keeps only what it had used (up to its hold end). */
export const BLOCKING_STATUSES: readonly BookingStatus[] = ['pending', 'confirmed', 'checked_in', 'no_show'];

/** A booking, reservation or event hold as it occupies one day of a venue. */
export interface Occupant {
  start: number;
  /** Where it stops holding the venue (its end, or where a no-show released the rest). */
  end: number;
  kind: BookingKind;
  status: BookingStatus;
  userId: number | null;
  reason: string;
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
