/** Resident groups (合唱队, 书画社, a social organisation) and their weekly series (固定时段): the venues API's models. Shared by both ends. */
import type { BookingStatus } from './models';

export const GROUP_KINDS = ['team', 'club', 'org'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_KIND_LABELS: Record<GroupKind, string> = { team: '文体队伍', club: '兴趣社团', org: '社会组织' };

/** The longest run of a series, in weeks. */
export const MAX_SERIES_WEEKS = 12;
/** How far ahead a series may start, in days. */
export const SERIES_START_WITHIN_DAYS = 60;

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
