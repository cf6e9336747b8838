/** What the venues API returns: rooms, their slots and the bookings in them (groups and series: ./group-models.ts; 我的预约 and 工作台, which show both: ./lists.ts). Shared by both ends. */

/** 党群服务中心 of the street, 居民活动服务站 in a high-occupancy compound, 居民议事活动室 in a shanty / single-building area. */
export const VENUE_KINDS = ['center', 'station', 'room'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];
export const VENUE_KIND_LABELS: Record<VenueKind, string> = {
  center: '党群服务中心',
  station: '居民活动服务站',
  room: '居民议事活动室',
};

/** Open interval of a day, in minutes from local midnight: [start, end). */
export type Interval = [number, number];
/** Monday first: weekly[0] is Monday, weekly[6] Sunday. */
export type WeeklyHours = Interval[][];

export interface VenueRules {
  requiresApproval: boolean;
  /** Days that can be booked, today included. */
  bookingWindowDays: number;
  minNoticeMinutes: number;
  maxSlotsPerBooking: number;
  /** Per resident in this venue: bookings not yet started. */
  maxUpcomingPerResident: number;
  /** Per resident in this venue: booked minutes in one week (Monday to Sunday). */
  maxMinutesPerWeek: number;
  /** A confirmed booking can be cancelled until this long before its start. */
  cancelDeadlineMinutes: number;
  /** Check-in opens this long before the start and closes this long after it. */
  checkinWindowMinutes: number;
}

/** A new venue's rules: a week ahead, 2 hours' notice, 3 slots at a time, 2 upcoming and 4 hours a week per resident. */
export const DEFAULT_VENUE_RULES: VenueRules = {
  requiresApproval: false,
  bookingWindowDays: 7,
  minNoticeMinutes: 120,
  maxSlotsPerBooking: 3,
  maxUpcomingPerResident: 2,
  maxMinutesPerWeek: 240,
  cancelDeadlineMinutes: 120,
  checkinWindowMinutes: 15,
};

export interface VenueCard {
  id: number;
  name: string;
  kind: VenueKind;
  /** Shared by every community of the street (the street's 党群服务中心). */
  streetWide: boolean;
  communityId: number;
  /** 达尔罕社区, or 哈巴格希街道 for a street-wide venue. */
  placeName: string;
  address: string;
  capacity: number;
  facilities: string[];
  /** File ids (cloud:// or local:); the first is the cover. */
  photos: string[];
  /** 工作日 17:30–21:00 · 周末 09:00–21:00 */
  hoursSummary: string;
  requiresApproval: boolean;
  active: boolean;
  /** The earliest slot the caller could book now, if any in the window. */
  nextFree: { date: string; start: number; end: number } | null;
}

export interface SpecialDate {
  date: string;
  kind: 'closed' | 'open';
  /** For extra openings: the hours of that day. */
  intervals: Interval[];
  reason: string;
}

export interface VenueDetail extends VenueCard {
  description: string;
  weekly: WeeklyHours;
  slotMinutes: number;
  slotOffset: number;
  rules: VenueRules;
  /** 可提前7天预约 · 需提前2小时 · 每次最多3个时段 · 开始前2小时可取消 */
  rulesSummary: string;
  /** Special dates from today on. */
  specialDates: SpecialDate[];
  /** The caller works for this venue: reserve, book for others, review, day view, edit. */
  canManage: boolean;
  /** First and last bookable date for residents today. */
  window: { first: string; last: string };
}

/**
 * What the caller may still book in one venue (the rules bookings.create applies to residents), shown on the room page
 * before they pick: per week of the shown days, and the bookings they hold that have not started.
 */
export interface BookingAllowance {
  /** Monday to Sunday, for each week the page's days touch. */
  weeks: { first: string; last: string; usedMinutes: number; minutesLeft: number }[];
  maxMinutesPerWeek: number;
  /** Pending or confirmed bookings not yet started, and how many one may hold. */
  upcoming: number;
  maxUpcoming: number;
}

/** The room page in one call: the venue, its days of slots as the caller sees them, and what the caller may still book. */
export interface VenuePage {
  venue: VenueDetail;
  slots: VenueSlots;
  allowance: BookingAllowance;
  /** The groups whose contact the caller is that may book this room for every week (团体固定时段). */
  groups: { id: number; name: string }[];
}

export interface Suspension {
  until: string;
  reason: string;
}

export interface VenueList {
  /** The community's date today, from the server's clock. */
  today: string;
  /** False when the caller has not bound a community yet: the page asks them to. */
  hasCommunity: boolean;
  venues: VenueCard[];
  suspension: Suspension | null;
}

export const SLOT_STATES = ['free', 'full', 'mine', 'reserved', 'pending', 'closed', 'expired'] as const;
export type SlotState = (typeof SLOT_STATES)[number];
/** Every state a resident sees has a word, not only a colour. */
export const SLOT_STATE_LABELS: Record<SlotState, string> = {
  free: '可预约',
  full: '已约满',
  mine: '我的预约',
  reserved: '社区保留',
  pending: '待审核',
  closed: '未开放',
  expired: '已过期',
};

export interface Slot {
  start: number;
  end: number;
  state: SlotState;
  /** Why it is not free, in the resident's words: 主题党日, 需提前2小时预约, 12月2日起开放预约 … */
  note?: string;
  /** The caller's own booking in this slot. */
  mine?: boolean;
}

export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface SlotDay {
  date: string;
  dayType: DayType;
  /** 国庆节, 调休上班 … */
  dayName?: string;
  /** Which hours apply, e.g. 按周末时间开放 (节假日) or 特别开放：重阳节加开. */
  hoursNote: string;
  /** Closed all day: why (闭馆：设备检修, 周一不开放). */
  closedReason?: string;
  freeCount: number;
  slots: Slot[];
}

export interface VenueSlots {
  venueId: number;
  today: string;
  slotMinutes: number;
  maxSlotsPerBooking: number;
  days: SlotDay[];
}

export const BOOKING_KINDS = ['booking', 'reserved', 'event'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];

export const BOOKING_STATUSES = ['pending', 'confirmed', 'checked_in', 'no_show', 'rejected', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '待审核',
  confirmed: '已预约',
  checked_in: '已签到',
  no_show: '未到场',
  rejected: '未通过',
  cancelled: '已取消',
  expired: '已失效',
};

/** A resident's own booking. */
export interface BookingView {
  id: number;
  venueId: number;
  venueName: string;
  venueAddress: string;
  date: string;
  start: number;
  end: number;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
  purpose: string;
  headcount: number;
  contactName: string;
  contactPhone: string;
  /** Why it was rejected or cancelled by the community, or the approval note. */
  reviewNote: string;
  /** Until when it can be cancelled (null when it no longer can). */
  cancelUntil: string | null;
  /** On the day of a confirmed booking: the code to show a worker. */
  checkinCode: string | null;
  checkinFrom: string;
  checkinUntil: string;
  createdAt: string;
}

/** A booking or reservation as a worker sees it: the phone is masked. */
export interface StaffBookingView {
  id: number;
  kind: BookingKind;
  venueId: number;
  venueName: string;
  date: string;
  start: number;
  end: number;
  startsAt: string;
  status: BookingStatus;
  /** The resident (or the person booked for), or the worker who reserved. */
  personName: string;
  phoneMasked: string;
  /** Booked by a worker for someone without a smartphone. */
  onBehalf: boolean;
  /** An occurrence of a group's weekly series (reviewed and cancelled with its series). */
  seriesId?: number;
  purpose: string;
  headcount: number;
  /** For reservations and events: 主题党日, the event's title. */
  reason: string;
  reviewNote: string;
  checkedInAt: string | null;
  /** Minutes from midnight where a no-show released the rest (null when it holds its whole range). */
  releasedFrom: number | null;
  createdAt: string;
}

export interface DayBookings {
  /** The community's date today (the server's clock). */
  today: string;
  venue: { id: number; name: string; capacity: number };
  date: string;
  bookings: StaffBookingView[];
}

/** 工作台 · 今日: the day's resident bookings that were let in (pending ones wait under 待审核). */
export const WORKBENCH_TODAY_STATUSES: readonly BookingStatus[] = ['confirmed', 'checked_in', 'no_show'];
