import * as v from 'valibot';
import { date, id, input, intRange, labelled, oneOf, optionalText, phone, plainText } from '../schema';
import type { BookingStatus } from './models';

/**
 * Resident groups (合唱队, 书画社, a social organisation) that a worker registers with a contact person, the rooms it
 * may use and a weekly quota of its own; the contact books the same slot every week (固定时段) for up to 12 weeks.
 */

export const GROUP_KINDS = ['team', 'club', 'org'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_KIND_LABELS: Record<GroupKind, string> = { team: '文体队伍', club: '兴趣社团', org: '社会组织' };

/** The longest run of a series, in weeks. */
export const MAX_SERIES_WEEKS = 12;
/** How far ahead a series may start, in days. */
export const SERIES_START_WITHIN_DAYS = 60;

const minute = (label: string) => intRange(label, 0, 1440);

/** A worker registers a group (or changes it: `id`): its contact is a registered resident found by their phone. */
export const GroupUpsertInput = input({
  id: v.optional(id('团体')),
  communityId: id('社区'),
  name: plainText('团体名称', 2, 20),
  kind: oneOf('团体类型', GROUP_KINDS),
  contactPhone: phone('联系人手机号'),
  venueIds: v.pipe(v.array(id('可用场地'), '可用场地格式不正确'), v.minLength(1, '请至少选择一个可用场地'), v.maxLength(8, '可用场地最多8个'), v.title('可用场地')),
  weeklyMinutes: intRange('每周时长额度', 30, 1440),
  active: labelled('是否启用', v.boolean('是否启用应为是或否')),
});

const seriesPlan = {
  groupId: id('团体'),
  venueId: id('场地'),
  firstDate: date('首次日期'),
  weeks: intRange('周数', 1, MAX_SERIES_WEEKS),
  start: minute('开始时间'),
  end: minute('结束时间'),
};

/** Which weeks of a series can be had, before it is sent. */
export const SeriesPlanInput = input(seriesPlan);
export const SeriesCreateInput = input({ ...seriesPlan, purpose: plainText('用途', 2, 50), headcount: intRange('人数', 1, 1000) });
export const SeriesRef = input({ seriesId: id('固定时段') });
export const SeriesReviewInput = input({
  seriesId: id('固定时段'),
  decision: oneOf('审核结果', ['approve', 'reject']),
  note: optionalText('审核意见', 100),
});
/** Cancel one occurrence, or it and every later one. */
export const SeriesCancelInput = input({
  seriesId: id('固定时段'),
  bookingId: id('场次'),
  scope: oneOf('取消范围', ['one', 'later']),
  reason: optionalText('取消原因', 50),
});

export interface GroupRoom {
  id: number;
  name: string;
}

/** A group as its community's workers see it: the contact's phone masked. */
export interface GroupView {
  id: number;
  communityId: number;
  name: string;
  kind: GroupKind;
  contactName: string;
  contactPhoneMasked: string;
  rooms: GroupRoom[];
  weeklyMinutes: number;
  active: boolean;
}

/** 团体管理 in one call: the groups of the communities the worker serves, and the rooms they may be given. */
export interface GroupsPage {
  communities: { id: number; name: string }[];
  rooms: (GroupRoom & { communityId: number })[];
  groups: GroupView[];
}

export const SERIES_STATUSES = ['pending', 'confirmed', 'rejected', 'cancelled'] as const;
export type SeriesStatus = (typeof SERIES_STATUSES)[number];
export const SERIES_STATUS_LABELS: Record<SeriesStatus, string> = { pending: '待审核', confirmed: '已通过', rejected: '未通过', cancelled: '已取消' };

/** One week of a series: whether it can be had, and why not (「10月1日 国庆节放假，按周末时间开放，该时段不开放」). */
export interface OccurrencePlan {
  date: string;
  ok: boolean;
  reason?: string;
}

export interface SeriesPreview {
  groupName: string;
  venueName: string;
  occurrences: OccurrencePlan[];
  /** How many of them can be had. */
  bookable: number;
  weeklyMinutes: number;
}

export interface SeriesBrief {
  id: number;
  groupId: number;
  groupName: string;
  venueId: number;
  venueName: string;
  start: number;
  end: number;
  firstDate: string;
  lastDate: string;
  status: SeriesStatus;
  purpose: string;
  /** Occurrences still held (pending, confirmed, checked in). */
  live: number;
}

export interface SeriesOccurrence {
  bookingId: number;
  date: string;
  status: BookingStatus;
  startsAt: string;
  /** Not started and still held: it may be cancelled. */
  cancellable: boolean;
}

/** A series as its contact and the room's workers see it. */
export interface SeriesView extends SeriesBrief {
  headcount: number;
  contactName: string;
  contactPhoneMasked: string;
  reviewNote: string;
  /** The weeks asked for that could not be had, with why. */
  skipped: OccurrencePlan[];
  occurrences: SeriesOccurrence[];
  /** The caller runs the room: approve or reject while pending. */
  canReview: boolean;
  createdAt: string;
}

/** The contact's groups (团体预约) in one call: each with its rooms, quota and series. */
export interface MyGroups {
  today: string;
  groups: { id: number; name: string; kind: GroupKind; weeklyMinutes: number; rooms: GroupRoom[]; series: SeriesBrief[] }[];
}
