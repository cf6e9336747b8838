import type { WeeklyHours } from '../../../../types/venues/models';

/** The parts of a venue that decide its slots. */
export interface Schedule {
  weekly: WeeklyHours;
  slotMinutes: number;
  slotOffset: number;
  bookingWindowDays: number;
  minNoticeMinutes: number;
}
