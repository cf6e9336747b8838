import * as v from 'valibot';
import { date, id, input, instant, intRange, labelled, month, oneOf, plainText } from '../schema';
import { AUDIENCES, EVENT_CATEGORIES } from './models';

/** The events feature's input schemas: what a client sends, bounded and worded for the resident. */

const description = v.optional(
  v.pipe(v.string('活动介绍应为文字'), v.trim(), v.maxLength(2000, '活动介绍不能超过2000个字'), v.regex(/^[^<>]*$/, '活动介绍不能包含 < 或 > 等特殊符号'), v.title('活动介绍')),
  '',
);

/** Everything a worker sets on an event (create and edit). Cross-field rules are checked by the service. */
const eventFields = {
  title: plainText('活动名称', 2, 40),
  category: oneOf('活动类别', EVENT_CATEGORIES),
  description,
  cover: v.optional(v.nullable(v.pipe(v.string('封面应为文件编号'), v.maxLength(200, '封面文件编号过长'), v.title('封面')))),
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
    v.title('重复的星期'),
  ),
  until: date('重复截止日期'),
});

export const EventCreateInput = input({
  communityId: id('社区'),
  ...eventFields,
  recurrence: v.optional(labelled('重复', Recurrence)),
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
  waitlist: v.optional(labelled('候补', v.boolean('候补选项格式不正确')), false),
});

export const EventRateInput = input({
  eventId: id('活动'),
  score: intRange('评分', 1, 5),
  comment: v.optional(v.pipe(v.string('评价应为文字'), v.trim(), v.maxLength(200, '评价不能超过200个字'), v.regex(/^[^<>]*$/, '评价不能包含 < 或 > 等特殊符号'), v.title('评价')), ''),
});

export const EventCheckInInput = input({
  eventId: id('活动'),
  /** The resident's QR code, scanned. */
  code: v.optional(v.pipe(v.string('签到码应为文字'), v.maxLength(64, '签到码无效'), v.title('签到码'))),
  /** Or the sign-up picked by name. */
  signupId: v.optional(id('报名')),
});

export const EventMonthInput = input({ month: v.optional(month()), communityId: v.optional(id('社区')) });

export const EventIdInput = input({ id: id('活动') });

/** A resident gives up their seat or waitlist place. */
export const SignupCancelInput = input({ eventId: id('活动') });

export const EventAttendeesInput = input({ eventId: id('活动') });

export const SignupRemoveInput = input({ signupId: id('报名'), reason: plainText('移出原因', 2, 100) });

