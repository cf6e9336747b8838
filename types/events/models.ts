/**
 * Words and keys of the events feature that the client needs at run time. No schema library here: the calendar tab
 * imports this file into the main package.
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
