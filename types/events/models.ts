/**
 * The events feature's result types, and the words and keys the client needs at run time. No schema library here:
 * the calendar tab imports this file into the main package.
 */
export const EVENT_CATEGORIES = ['party', 'culture', 'family', 'volunteer', 'lecture', 'other'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  party: '党建',
  culture: '文体',
  family: '亲子',
  volunteer: '志愿',
  lecture: '讲座',
  other: '其他',
};

/** Who may join: the community's residents, or everyone of its street (街道). */
export const AUDIENCES = ['community', 'street'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** An event as a resident sees it now (computed from its times, counters and state; never stored). */
export type EventStatus = 'notOpen' | 'open' | 'full' | 'closed' | 'ongoing' | 'ended' | 'cancelled';

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  notOpen: '未开始报名',
  open: '报名中',
  full: '已满可候补',
  closed: '已截止',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
};

/** A person's sign-up: confirmed seats, a waitlist place, or gone (cancelled by them, removed by a worker). */
export const SIGNUP_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'removed'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Monday 1 … Sunday 7, as in recurrence rules. */
export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** One cell of the month grid, with the official calendar's marks (computed on the server from chinese-days). */
export interface CalendarDay {
  date: string;
  /** What to print under the date: a traditional festival, else a solar term, else the lunar day (the month on 初一). */
  lunar: string;
  /** 重阳节, 中秋节, 建党节 …: traditional festivals and the fixed-date days residents keep. */
  festival: string | null;
  /** 国庆节, 春节 …: the statutory holiday this day belongs to, whether rest day or make-up workday. */
  holiday: string | null;
  /** A statutory rest day (休). */
  rest: boolean;
  /** A weekend that is a make-up workday (调休上班, 班). */
  workday: boolean;
  /** Events that start that day, in scope. */
  count: number;
}

export interface EventSummary {
  id: number;
  title: string;
  category: EventCategory;
  communityId: number;
  communityName: string;
  audience: Audience;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  place: string;
  status: EventStatus;
  capacity: number;
  seatsLeft: number;
  /** People (parties) on the waitlist. */
  waiting: number;
  partyLimit: number;
  seriesId: number | null;
  /** The caller's live sign-up, if any. */
  mine: 'confirmed' | 'waitlisted' | null;
}

export interface MonthView {
  month: string;
  /** The server's local date (Asia/Shanghai), so the client marks "today" by the same clock as the data. */
  today: string;
  /** Null while the caller has chosen no community: the month comes without events and the page asks them to choose. */
  community: { id: number; name: string; streetName: string } | null;
  days: CalendarDay[];
  events: EventSummary[];
  /** Said above the grid when the month's official holiday arrangement is not published yet. */
  notice: string | null;
}

export interface MySignup {
  id: number;
  status: SignupStatus;
  partySize: number;
  /** Place in the waitlist (1 = next), while waitlisted. */
  position: number | null;
  checkedInAt: string | null;
  /** The check-in code to show as QR, only on the day of the event for a confirmed sign-up. */
  checkinCode: string | null;
  rating: { score: number; comment: string } | null;
}

/** What the caller can do now; the server decides, the page only draws. */
export interface EventActions {
  signUp: boolean;
  joinWaitlist: boolean;
  cancel: boolean;
  rate: boolean;
  /** A sentence for the action bar when nothing is possible, or a rule worth knowing (取消截止). */
  hint: string | null;
}

export interface EventDetail extends EventSummary {
  description: string;
  organizer: string;
  /** File id of the cover picture (the client turns it into a URL), or null: the page draws the category banner. */
  cover: string | null;
  venueId: number | null;
  streetName: string;
  signupOpensAt: string;
  signupClosesAt: string;
  cancelDeadline: string;
  cancelReason: string | null;
  today: string;
  /** The caller is a worker of the event's community (edit, attendees, check-in). */
  canManage: boolean;
  my: MySignup | null;
  actions: EventActions;
  rating: { count: number; average: number } | null;
}

export interface MyEvent {
  event: EventSummary;
  signup: { id: number; status: SignupStatus; partySize: number; position: number | null; checkedIn: boolean; rated: boolean };
  /** Why it will not take place for me, when the community said: the event's cancel reason, or why I was taken off. */
  reason: string | null;
}

export interface MyEvents {
  today: string;
  /** Not over yet, and I am confirmed or waiting — or the community cancelled it or took me off (with the reason). */
  upcoming: MyEvent[];
  /** Everything else: over, or my sign-up cancelled by me. */
  history: MyEvent[];
}

export interface Attendee {
  signupId: number;
  userId: number;
  name: string;
  phoneMasked: string;
  partySize: number;
  status: 'confirmed' | 'waitlisted';
  /** Arrival number: the order in which sign-ups passed the seat gate (first come, first served). */
  arrival: number;
  position: number | null;
  checkedInAt: string | null;
  signedUpAt: string;
  rating: { score: number; comment: string } | null;
}

export interface AttendeeList {
  event: EventSummary;
  today: string;
  /** Check-in is open (on the day, until the end). */
  checkinOpen: boolean;
  confirmed: Attendee[];
  waitlist: Attendee[];
  checkedIn: { parties: number; seats: number };
  rating: { count: number; average: number } | null;
}

/** 工作台 · 今日活动与签到: today's events of the communities a worker serves. */
export interface TodayEvents {
  /** The community's date today (the server's clock). */
  today: string;
  events: TodayEvent[];
}

export interface TodayEvent {
  id: number;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  status: EventStatus;
  communityName: string;
  capacity: number;
  /** Confirmed seats and the people (parties) behind them. */
  seatsTaken: number;
  parties: number;
  checkedIn: number;
  waiting: number;
}

/** A check-in, and the list as it is after it (the attendees screen's next view). */
export interface CheckInResult {
  signupId: number;
  name: string;
  partySize: number;
  checkedInAt: string;
  /** True when this person had already been checked in (a second scan). */
  already: boolean;
  attendees: AttendeeList;
}

/** What a sign-up decided: kept as the idempotent result, so a replay answers the first decision. */
export interface SignUpOutcome {
  signupId: number;
  status: 'confirmed' | 'waitlisted';
  position: number | null;
  /** Arrival number at the seat gate. */
  arrival: number;
}

/** The decision, and the event as it is after it (read after COMMIT: the detail screen's next view). */
export interface SignUpResult extends SignUpOutcome {
  event: EventDetail;
}
