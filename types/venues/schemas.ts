import * as v from 'valibot';
import { date, id, input, intRange, labelled, oneOf, optionalText, phone, plainText, text } from '../schema';
import { VENUE_KINDS } from './models';

/** Minutes from local midnight; 1440 is the end of the day. */
const minute = (label: string) => intRange(label, 0, 1440);
const interval = v.tuple([minute('开始时间'), minute('结束时间')], '时间段应为 [开始, 结束]');
const intervals = v.pipe(v.array(interval, '开放时间格式不正确'), v.maxLength(4, '每天最多4个开放时段'), v.title('开放时段'));

const bookingRange = {
  venueId: id('场地'),
  date: date('日期'),
  start: minute('开始时间'),
  end: minute('结束时间'),
};

export const VenueRef = input({ venueId: id('场地') });

export const VenueSlotsInput = input({
  venueId: id('场地'),
  from: date('开始日期'),
  days: v.optional(intRange('天数', 1, 14), 1),
});

export const BookingCreateInput = input({
  ...bookingRange,
  purpose: plainText('用途', 2, 50),
  headcount: intRange('人数', 1, 1000),
  contactName: text('联系人', 1, 20),
  contactPhone: phone('联系电话'),
});

/** A worker books for a resident without a smartphone: the person's name and phone. */
export const BookingForInput = input({
  ...bookingRange,
  purpose: plainText('用途', 2, 50),
  headcount: intRange('人数', 1, 1000),
  personName: text('居民姓名', 1, 20),
  personPhone: phone('居民手机号'),
  residentId: v.optional(id('居民')),
});

/** Community use: some slots (start and end) or the whole day. */
export const ReserveInput = input({
  venueId: id('场地'),
  date: date('日期'),
  start: v.optional(minute('开始时间')),
  end: v.optional(minute('结束时间')),
  wholeDay: v.optional(labelled('整天保留', v.boolean('整天保留应为是或否'))),
  reason: plainText('保留原因', 2, 30),
});

export const BookingRef = input({ bookingId: id('预约') });
export const BookingCancelInput = input({ bookingId: id('预约'), reason: optionalText('取消原因', 50) });
export const BookingReviewInput = input({
  bookingId: id('预约'),
  decision: oneOf('审核结果', ['approve', 'reject']),
  note: optionalText('审核意见', 100),
});
/** By the code a resident shows (scan), or by the booking a worker picked by name. */
export const BookingCheckInInput = input({
  code: v.optional(v.pipe(v.string('签到码应为文字'), v.trim(), v.maxLength(64, '签到码格式不正确'), v.title('签到码'))),
  bookingId: v.optional(id('预约')),
});
/** The date is the server's today when left out: a phone's clock may be wrong, or past midnight before the server's. */
export const DayInput = input({ venueId: id('场地'), date: v.optional(date('日期')) });

const fileId = v.pipe(v.string('照片应为文件编号'), v.regex(/^(cloud:\/\/|local:)[\w./-]{1,200}$/, '照片文件编号格式不正确'));

export const VenueRulesInput = input(
  {
    requiresApproval: labelled('是否需审核', v.boolean('是否需审核应为是或否')),
    bookingWindowDays: intRange('可提前预约天数', 1, 30),
    minNoticeMinutes: intRange('最短提前时间', 0, 2880),
    maxSlotsPerBooking: intRange('每次最多时段数', 1, 12),
    maxUpcomingPerResident: intRange('每人未开始预约上限', 1, 10),
    maxMinutesPerWeek: intRange('每人每周时长上限', 30, 2880),
    cancelDeadlineMinutes: intRange('取消截止时间', 0, 2880),
    checkinWindowMinutes: intRange('签到时间窗', 5, 60),
  },
  '预约规则应为对象',
);

export const VenueUpsertInput = input({
  id: v.optional(id('场地')),
  communityId: id('社区'),
  streetWide: labelled('是否全街道共用', v.boolean('是否全街道共用应为是或否')),
  name: plainText('场地名称', 2, 30),
  kind: oneOf('场地类型', VENUE_KINDS),
  address: plainText('位置', 2, 60),
  description: optionalText('简介', 200),
  capacity: intRange('容纳人数', 1, 1000),
  facilities: v.pipe(v.array(plainText('设施', 1, 10), '设施格式不正确'), v.maxLength(12, '设施最多12项'), v.title('设施')),
  photos: v.pipe(v.array(fileId, '照片格式不正确'), v.maxLength(6, '照片最多6张'), v.title('照片')),
  weekly: v.pipe(v.array(intervals, '开放时间格式不正确'), v.length(7, '开放时间应包含周一到周日'), v.title('开放时间')),
  slotMinutes: intRange('时段长度', 15, 240),
  slotOffset: intRange('时段起点', 0, 225),
  rules: labelled('预约规则', VenueRulesInput),
  active: labelled('是否启用', v.boolean('是否启用应为是或否')),
});

export const SpecialDateInput = input({
  venueId: id('场地'),
  date: date('日期'),
  /** 'none' removes the special date: the weekly hours apply again. */
  kind: oneOf('特殊日期类型', ['closed', 'open', 'none']),
  intervals: v.optional(intervals),
  reason: optionalText('说明', 30),
});
