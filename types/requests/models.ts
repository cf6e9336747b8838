import type { HandlerUnitOption, MyUnit, UnitRef } from './units/models';
import type { FileForKind, FiledSource, RequestSource, RequestSubject } from './sources';

/** 暖心事: 群众点单 → 社区派单 → 部门接单 → 群众评单 — the words both ends share and the results the API returns. */

export const DEFAULT_CATEGORIES = ['助老助残', '家政维修', '邻里调解', '政策咨询', '环境卫生', '心理关爱', '其他'] as const;
export const PREFERRED_TIMES = ['尽快', '工作日白天', '工作日晚上', '周末', '电话约定'] as const;
export const QUICK_TAGS = ['响应及时', '态度热情', '问题已解决', '专业细致', '沟通顺畅', '还需改进'] as const;
export const MAX_PHOTOS = 6;


export const RESOLUTIONS = ['resolved', 'partly', 'unresolved'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const RESOLUTION_LABELS: Record<Resolution, string> = { resolved: '已解决', partly: '部分解决', unresolved: '未解决' };

export const REQUEST_STATUSES = ['reviewing', 'pending', 'pooled', 'dispatched', 'accepted', 'completed', 'rated', 'withdrawn', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  reviewing: '待审核',
  pending: '待派单',
  pooled: '待认领',
  dispatched: '待接单',
  accepted: '处理中',
  completed: '待评价',
  rated: '已评价',
  withdrawn: '已撤回',
  rejected: '未通过审核',
};

/**
 * Over for whoever was asked to help: done (待评价, 已评价), withdrawn, or closed (未通过审核). A unit's other members
 * then no longer see who asked or where (docs/PRIVACY.md).
 */
export const ENDED_STATUSES: readonly RequestStatus[] = ['completed', 'rated', 'withdrawn', 'rejected'];

/** Who may take each step is part of the state machine (cloud/features/requests/domain/state-machine.ts). */
export const REQUEST_ACTIONS = ['release', 'reject', 'dispatch', 'pool', 'claim', 'accept', 'decline', 'complete', 'rate', 'reopen', 'withdraw'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** The worker's queue, by status (待派单, 处理中, 待评价, 已办结, 超时) plus text held by the content check. */
export const QUEUE_FILTERS = ['pending', 'active', 'completed', 'closed', 'overdue', 'review'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];
export const QUEUE_FILTER_LABELS: Record<QueueFilter, string> = {
  pending: '待派单',
  active: '处理中',
  completed: '待评价',
  closed: '已办结',
  overdue: '超时',
  review: '待审核',
};

/** A handler's 我的任务 and the claim pool of the categories their units serve. */
export const TASK_FILTERS = ['todo', 'doing', 'done', 'pool'] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];
export const TASK_FILTER_LABELS: Record<TaskFilter, string> = { todo: '待接单', doing: '处理中', done: '已完成', pool: '认领池' };

export interface RequestSummary {
  id: number;
  communityName: string;
  category: string;
  /** The start of the description; a placeholder while it is held for review. */
  excerpt: string;
  status: RequestStatus;
  overdue: boolean;
  residentName: string;
  unitName: string | null;
  createdAt: string;
  statusSince: string;
  /** A rating comment waits for a worker's review. */
  commentHeld: boolean;
  source: RequestSource;
  subject: RequestSubject;
}

export type StepKind = 'created' | RequestAction | 'overdue';

export interface TimelineStep {
  kind: StepKind;
  at: string;
  actorName: string | null;
  unitName: string | null;
  note: string | null;
  photos: string[];
  /** On the 'created' step: where it came from (居民自报, 网格员上报, 热线, 来访); null on every other step. */
  source: RequestSource | null;
}

export type CommentState = 'none' | 'visible' | 'held' | 'rejected';

export interface RatingView {
  round: number;
  stars: number;
  tags: string[];
  /** Null when the viewer may not see it (held or rejected, and not the author or a worker). */
  comment: string | null;
  commentState: CommentState;
  /** Why the content check held it: workers only. */
  commentLabel: string | null;
  resolved: Resolution;
  unitName: string | null;
  at: string;
}

/** How the viewer relates to the request: decides what they see (masking) and what they may do. */
export type Viewer = 'owner' | 'staff' | 'assignee' | 'unit' | 'pool' | 'neighbour';

/** How much of the address a viewer sees: all of it, the 小区 and building (康和小区7号楼), or nothing. */
export type AddressShown = 'full' | 'area' | 'hidden';

export interface RequestDetail {
  id: number;
  communityId: number;
  communityName: string;
  category: string;
  description: string;
  /** Why the content check held the description: workers only, while 待审核. */
  reviewLabel: string | null;
  /**
   * The whole address for the resident, the community's workers and the handler who took it on; for the other members
   * of the unit it was sent to, the 小区 and building only while it runs; null for the pool, and for those members
   * once it has ended (docs/PRIVACY.md).
   */
  address: string | null;
  addressShown: AddressShown;
  /** Unmasked only for the owner and the handler who accepted it. */
  phone: string;
  phoneMasked: boolean;
  preferredTime: string;
  /** The photos this viewer may see: its uploader sees all, others only those WeChat's photo check passed. */
  photos: string[];
  /** Photos not shown to this viewer: still being checked, or held by the check. */
  photosHidden: number;
  status: RequestStatus;
  overdue: boolean;
  round: number;
  residentName: string;
  unit: UnitRef | null;
  handlerName: string | null;
  createdAt: string;
  statusSince: string;
  timeline: TimelineStep[];
  ratings: RatingView[];
  viewer: Viewer;
  /** The actions this viewer may take now (from the state machine and their relation to it). */
  can: RequestAction[];
  /** Worker-only: a rating comment waits for review. */
  canReviewComment: boolean;
  source: RequestSource;
  subject: RequestSubject;
  /** Who filed it for the resident (代点单), for those who see the timeline's names; null when the resident did. */
  filedBy: string | null;
  /** A worker may record, now, the rating the person gave by phone (someone without the app: 电话回访). */
  canRateByPhone: boolean;
  /** How many neighbours added 附议 to it (a public-space problem); they are told when it is done and may rate it. */
  seconds: number;
}

/**
 * An open public-space request as the community's residents see it (附议): what and where in the 小区, never who
 * reported it, their phone or their address. Only text that passed the content check and photos WeChat's photo check
 * passed.
 */
export interface PublicRequest {
  id: number;
  category: string;
  /** The 小区 (estateOf of the address); null when the address names none. */
  estate: string | null;
  description: string;
  photos: string[];
  status: RequestStatus;
  seconds: number;
  createdAt: string;
  /** The caller reported it themselves (no 附议 on one's own). */
  mine: boolean;
  /** The caller already added 附议. */
  seconded: boolean;
}

/** 附议 in one call: open public requests of a category in the caller's 小区 from the last SIMILAR_DAYS days. */
export interface SimilarPage {
  category: string;
  /** The 小区 they are matched on; null: the address names none, so the whole community's are shown. */
  estate: string | null;
  /** False when the community does not treat the category as public (nothing to second). */
  isPublic: boolean;
  items: PublicRequest[];
}

/** 代点单 in one call: where the caller may file, the chosen community's categories, and whom and how they may file. */
export interface FileForPage {
  communities: { id: number; name: string }[];
  /** The community the form files into (the one asked for, or the first); null when there is none. */
  communityId: number | null;
  categories: string[];
  /** Workers: all three; a grid worker who is not a worker of the community: a person or a public-space problem. */
  kinds: FileForKind[];
  sources: FiledSource[];
}

export interface QueueResult {
  items: RequestSummary[];
  counts: Record<QueueFilter, number>;
  hasMore: boolean;
  /** The categories the community offers (the queue's category filter), so the page needs no other call. */
  categories: string[];
}

export interface TasksResult {
  items: RequestSummary[];
  counts: Record<TaskFilter, number>;
  hasMore: boolean;
  /** The units the caller belongs to, with the categories each serves: 我的任务 is drawn by this one answer. */
  units: MyUnit[];
}

/** The 暖心事 tab in one call: the form's categories and contact, and the caller's own requests (for their counts). */
export interface RequestsHome {
  /** The caller's community; null until they choose one (the tab asks them to, before they order). */
  communityId: number | null;
  categories: string[];
  /** From the profile, to fill the form the first time. */
  contact: { phone: string; address: string };
  mine: RequestSummary[];
  /** 附议: per public category, how many open requests of the caller's 小区 (from the profile's address) a neighbour raised. */
  similar: Record<string, number>;
}

export interface WorkbenchSummary {
  staff: { communityId: number; communityName: string; pending: number; overdue: number; review: number; active: number }[];
  handler: { todo: number; doing: number; pool: number; units: UnitRef[] } | null;
}

export interface StatsRow {
  key: string;
  label: string;
  created: number;
  accepted: number;
  completed: number;
  ratings: number;
  /** Share of 4–5 star ratings, 0–1; null without ratings. */
  satisfaction: number | null;
  /** Minutes from dispatch (or the pool) to acceptance, median. */
  medianAcceptMinutes: number | null;
  /** Minutes from acceptance to completion, median. */
  medianCompleteMinutes: number | null;
}

export interface StatsOverview {
  month: string;
  /** The current month on the server's clock: the page steps forward up to it. */
  currentMonth: string;
  communityName: string;
  total: StatsRow;
  byCategory: StatsRow[];
  byUnit: StatsRow[];
  /** 居民自报 / 网格员上报 / 热线 / 来访: every source, in that order. */
  bySource: StatsRow[];
  /** Still open and flagged 超时 now. */
  overdueOpen: number;
}

/** 社区派单 in one call: the request, and the units it may go to (those serving its category first). */
export interface DispatchPage {
  request: RequestDetail;
  units: HandlerUnitOption[];
}
