import * as v from 'valibot';
import { id, input, month, oneOf } from '../schema';

/** 场所利用率: how much of its open hours a room was booked, held and used, for a community, a street or a district. */

export const USAGE_LEVELS = ['community', 'street', 'district'] as const;
export type UsageLevel = (typeof USAGE_LEVELS)[number];
export const USAGE_LEVEL_LABELS: Record<UsageLevel, string> = { community: '社区', street: '街道', district: '旗区' };

export const VenueUsageInput = input({
  level: oneOf('范围', USAGE_LEVELS),
  placeId: id('社区/街道/旗区'),
  /** Omitted: the current month on the server's clock (the device's may be another day, or another month). */
  month: v.optional(month('月份')),
  /** Also send the figures as CSV text, for a worker to pass up the line. */
  csv: v.optional(v.pipe(v.boolean('是否导出应为是或否'), v.title('是否导出')), false),
});

export interface UsageFigures {
  /** Minutes residents could book: the slot grid's hours of each day (holidays, 调休 and special dates applied). */
  openMinutes: number;
  bookedMinutes: number;
  heldMinutes: number;
  usedMinutes: number;
  /** Shares of openMinutes, 0–1, three decimals. */
  bookedShare: number;
  heldShare: number;
  usedShare: number;
  bookings: number;
  noShows: number;
  /** No-shows among the bookings whose outcome is known (checked in or not shown). */
  noShowRate: number;
}

export interface UsageRoom {
  venueId: number;
  name: string;
  communityId: number;
  communityName: string;
  month: UsageFigures;
  /** One per entry of VenueUsage.weeks. */
  weeks: UsageFigures[];
}

export interface UsageHeatCell {
  /** Monday 1 … Sunday 7. */
  weekday: number;
  hour: number;
  openMinutes: number;
  /** Booked and held minutes. */
  busyMinutes: number;
  share: number;
}

export interface VenueUsage {
  level: UsageLevel;
  placeId: number;
  placeName: string;
  /** The level above (a community's street, a street's district), where the figures go next. */
  up?: { level: UsageLevel; placeId: number; name: string };
  month: string;
  /** The current month on the server's clock: the page steps forward up to it. */
  currentMonth: string;
  /** ISO weeks meeting the month, cut to its days. */
  weeks: { from: string; to: string }[];
  total: UsageFigures;
  totalWeeks: UsageFigures[];
  communities: { communityId: number; name: string; month: UsageFigures }[];
  rooms: UsageRoom[];
  /** Only the cells with open hours. */
  heat: UsageHeatCell[];
  csv?: { fileName: string; text: string };
}
