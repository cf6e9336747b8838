import * as v from 'valibot';
import { action } from '../contract';
import {
  AUDIENCES,
  EVENT_CATEGORIES,
  type Audience,
  type EventCategory,
  type EventStatus,
  type SignupStatus,
} from './models';
import { ANYONE, STAFF } from '../roles';
import { NO_INPUT, date, id, input, instant, intRange, month, oneOf, plainText } from '../schema';

export * from './models';

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
  community: { id: number; name: string; streetName: string };
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
}

export interface MyEvents {
  today: string;
  /** Not ended, not cancelled, and I am confirmed or waiting. */
  upcoming: MyEvent[];
  /** Everything else: ended, cancelled, or my sign-up cancelled / removed. */
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

export interface CheckInResult {
  signupId: number;
  name: string;
  partySize: number;
  checkedInAt: string;
  /** True when this person had already been checked in (a second scan). */
  already: boolean;
}

export interface SignUpResult {
  signupId: number;
  status: 'confirmed' | 'waitlisted';
  position: number | null;
  /** Arrival number at the seat gate. */
  arrival: number;
}

const description = v.optional(
  v.pipe(v.string('活动介绍应为文字'), v.trim(), v.maxLength(2000, '活动介绍不能超过2000个字'), v.regex(/^[^<>]*$/, '活动介绍不能包含 < 或 > 等特殊符号')),
  '',
);

/** Everything a worker sets on an event (create and edit). Cross-field rules are checked by the service. */
const eventFields = {
  title: plainText('活动名称', 2, 40),
  category: oneOf('活动类别', EVENT_CATEGORIES),
  description,
  cover: v.optional(v.nullable(v.pipe(v.string('封面应为文件编号'), v.maxLength(200, '封面文件编号过长')))),
  organizer: plainText('主办方', 2, 40),
  venueId: v.optional(v.nullable(id('场地'))),
  place: plainText('活动地点', 2, 60),
  startsAt: instant('开始时间'),
  endsAt: instant('结束时间'),
  capacity: intRange('名额', 1, 5000),
  partyLimit: v.optional(intRange('每人可报名人数', 1, 10), 1),
  audience: v.optional(oneOf('面向范围', AUDIENCES), 'community'),
  signupOpensAt: v.optional(instant('报名开始时间')),
  signupClosesAt: v.optional(instant('报名截止时间')),
  cancelDeadline: v.optional(instant('取消截止时间')),
};

export const Recurrence = input({
  /** ISO weekdays, Monday 1 … Sunday 7. */
  weekdays: v.pipe(
    v.array(intRange('星期', 1, 7), '重复的星期格式不正确'),
    v.minLength(1, '请选择每周重复的日子'),
    v.maxLength(7, '重复的星期格式不正确'),
  ),
  until: date('重复截止日期'),
});

export const EventCreateInput = input({
  communityId: id('社区'),
  ...eventFields,
  recurrence: v.optional(Recurrence),
});

export const EventUpdateInput = input({
  id: id('活动'),
  /** A series: this occurrence only, or this and every later one. */
  scope: v.optional(oneOf('修改范围', ['one', 'future']), 'one'),
  ...eventFields,
});

export const EventCancelInput = input({
  id: id('活动'),
  reason: plainText('取消原因', 2, 100),
  scope: v.optional(oneOf('取消范围', ['one', 'future']), 'one'),
});

export const SignUpInput = input({
  eventId: id('活动'),
  partySize: v.optional(intRange('报名人数', 1, 10), 1),
  /** Join the waitlist when no seat is left; without it a full event is refused. */
  waitlist: v.optional(v.boolean('候补选项格式不正确'), false),
});

export const EventRateInput = input({
  eventId: id('活动'),
  score: intRange('评分', 1, 5),
  comment: v.optional(v.pipe(v.string('评价应为文字'), v.trim(), v.maxLength(200, '评价不能超过200个字'), v.regex(/^[^<>]*$/, '评价不能包含 < 或 > 等特殊符号')), ''),
});

export const EventCheckInInput = input({
  eventId: id('活动'),
  /** The resident's QR code, scanned. */
  code: v.optional(v.pipe(v.string('签到码应为文字'), v.maxLength(64, '签到码无效'))),
  /** Or the sign-up picked by name. */
  signupId: v.optional(id('报名')),
});

export type EventCreate = v.InferOutput<typeof EventCreateInput>;
export type EventUpdate = v.InferOutput<typeof EventUpdateInput>;

export const eventsActions = {
  /** One call draws a month: per-day counts and marks, and the month's events of my community and street. */
  'events.month': action<MonthView>()({ input: input({ month: v.optional(month()), communityId: v.optional(id('社区')) }), roles: ANYONE }),
  'events.get': action<EventDetail>()({ input: input({ id: id('活动') }), roles: ANYONE }),
  'events.mine': action<MyEvents>()({ input: NO_INPUT, roles: ANYONE }),
  'events.signUp': action<SignUpResult>()({ input: SignUpInput, roles: ANYONE, idempotent: true }),
  'events.cancel': action<{ status: 'cancelled' }>()({ input: input({ eventId: id('活动') }), roles: ANYONE }),
  'events.rate': action<{ score: number }>()({ input: EventRateInput, roles: ANYONE }),
  'events.create': action<{ eventIds: number[]; seriesId: number | null }>()({ input: EventCreateInput, roles: STAFF, idempotent: true }),
  'events.update': action<{ eventIds: number[] }>()({ input: EventUpdateInput, roles: STAFF }),
  'events.cancelEvent': action<{ eventIds: number[]; notified: number }>()({ input: EventCancelInput, roles: STAFF }),
  'events.attendees': action<AttendeeList>()({ input: input({ eventId: id('活动') }), roles: STAFF }),
  'events.checkIn': action<CheckInResult>()({ input: EventCheckInInput, roles: STAFF }),
  'events.removeSignup': action<{ status: 'removed' }>()({
    input: input({ signupId: id('报名'), reason: plainText('移出原因', 2, 100) }),
    roles: STAFF,
  }),
  /** 工作台: today's events of the communities I serve, with check-in counts. */
  'events.today': action<{ today: string; events: TodayEvent[] }>()({ input: input({ communityId: v.optional(id('社区')) }), roles: STAFF }),
};
