import * as v from 'valibot';
import { action } from './contract';
import { ANYONE, HANDLERS, STAFF } from './roles';
import { NO_INPUT, id, input, intRange, month, oneOf, phone, plainText } from './schema';

/** 暖心事: 群众点单 → 社区派单 → 部门接单 → 群众评单. Words shared by both ends live here with the schemas. */

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

/** Who may take each step is part of the state machine (cloud/features/requests/domain/state-machine.ts). */
export const REQUEST_ACTIONS = ['release', 'reject', 'dispatch', 'pool', 'claim', 'accept', 'decline', 'complete', 'rate', 'reopen', 'withdraw'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const UNIT_KINDS = ['dept', 'volunteer', 'cobuild', 'grid'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { dept: '职能部门', volunteer: '志愿服务队', cobuild: '共建单位', grid: '网格员' };

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

// ── schemas ────────────────────────────────────────────────────────────────────────────────────

/** A photo the client uploaded first: a cloud storage file id in WeChat, the local store's id elsewhere. */
const FILE_ID = /^(cloud:\/\/[\w.-]+\/[\w./-]{1,200}|local:[a-f0-9]{32}\.(jpg|jpeg|png|webp|gif))$/;
export const photoList = (label = '照片') =>
  v.optional(
    v.pipe(
      v.array(v.pipe(v.string(`${label}应为文件编号`), v.regex(FILE_ID, `${label}无效，请重新上传`)), `${label}格式不正确`),
      v.maxLength(MAX_PHOTOS, `最多上传${MAX_PHOTOS}张${label}`),
    ),
    [],
  );

/** Free text that may be left empty; shown to others, so no markup. */
const optionalPlain = (label: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(`${label}应为文字`),
      v.trim(),
      v.maxLength(max, `${label}不能超过${max}个字`),
      v.regex(/^[^<>]*$/, `${label}不能包含 < 或 > 等特殊符号`),
    ),
    '',
  );

export const categoryName = (label = '服务类别') =>
  v.pipe(v.string(`请选择${label}`), v.trim(), v.minLength(1, `请选择${label}`), v.maxLength(8, `${label}不能超过8个字`));

export const RequestCreateInput = input({
  category: categoryName(),
  description: plainText('问题描述', 10, 500),
  address: plainText('服务地址', 2, 100),
  phone: phone('联系电话'),
  preferredTime: oneOf('期望时间', PREFERRED_TIMES),
  photos: photoList(),
});
export type RequestCreate = v.InferInput<typeof RequestCreateInput>;
/** A request as the form holds it and the service receives it (after trimming and defaults). */
export type NewRequest = v.InferOutput<typeof RequestCreateInput>;

const ById = input({ id: id('暖心事') });

export const RequestRateInput = input({
  id: id('暖心事'),
  stars: intRange('评分', 1, 5),
  tags: v.optional(v.pipe(v.array(oneOf('评价标签', QUICK_TAGS), '评价标签格式不正确'), v.maxLength(QUICK_TAGS.length, '评价标签过多')), []),
  comment: optionalPlain('评价留言', 200),
  resolved: oneOf('是否解决', RESOLUTIONS),
});

export const DispatchInput = input({ id: id('暖心事'), unitId: id('处理单位'), note: optionalPlain('派单说明', 200) });
export const PoolInput = input({ id: id('暖心事'), note: optionalPlain('派单说明', 200) });
export const DeclineInput = input({ id: id('暖心事'), reason: plainText('退回原因', 2, 100) });
export const CompleteInput = input({ id: id('暖心事'), note: plainText('办结说明', 5, 300), photos: photoList('办结照片') });
export const ReviewInput = input({
  id: id('暖心事'),
  target: oneOf('审核内容', ['request', 'rating']),
  decision: oneOf('审核结果', ['release', 'reject']),
  reason: optionalPlain('驳回原因', 100),
});

export const QueueInput = input({
  communityId: id('社区'),
  filter: oneOf('筛选', QUEUE_FILTERS),
  category: v.optional(categoryName()),
  /** Paging: the last id of the previous page. */
  cursor: v.optional(id('分页位置')),
});
export const TasksInput = input({ filter: oneOf('筛选', TASK_FILTERS), cursor: v.optional(id('分页位置')) });
export const UnitsInput = input({ requestId: id('暖心事') });
export const CategoriesInput = input({ communityId: v.optional(id('社区')) });
export const SetCategoriesInput = input({
  communityId: id('社区'),
  categories: v.pipe(
    v.array(categoryName(), '服务类别格式不正确'),
    v.minLength(1, '至少保留一个服务类别'),
    v.maxLength(12, '服务类别最多12个'),
    v.check((list) => new Set(list).size === list.length, '服务类别不能重复'),
  ),
});
export const StatsInput = input({ communityId: id('社区'), month: month() });
/** The code of `<Button open-type="getPhoneNumber">`, exchanged on the server for the number. */
export const ContactPhoneInput = input({ code: v.pipe(v.string('授权码应为文字'), v.minLength(1, '缺少授权码'), v.maxLength(128, '授权码无效')) });

// ── results ────────────────────────────────────────────────────────────────────────────────────

export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
  /** A public service number of the unit (e.g. a hotline), not a person's. */
  phone: string;
}

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
}

export type StepKind = 'created' | RequestAction | 'overdue';

export interface TimelineStep {
  kind: StepKind;
  at: string;
  actorName: string | null;
  unitName: string | null;
  note: string | null;
  photos: string[];
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
export type Viewer = 'owner' | 'staff' | 'assignee' | 'unit' | 'pool';

export interface RequestDetail {
  id: number;
  communityId: number;
  communityName: string;
  category: string;
  description: string;
  /** Why the content check held the description: workers only, while 待审核. */
  reviewLabel: string | null;
  /** Null for pool viewers until they claim it. */
  address: string | null;
  /** Unmasked only for the owner and the handler who accepted it. */
  phone: string;
  phoneMasked: boolean;
  preferredTime: string;
  photos: string[];
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
}

export interface HandlerUnitOption extends UnitRef {
  scopeName: string;
  categories: string[];
  members: number;
  /** Requests dispatched to or accepted by the unit and not yet completed. */
  openTasks: number;
  /** It declares the request's category. */
  serves: boolean;
}

export interface QueueResult {
  items: RequestSummary[];
  counts: Record<QueueFilter, number>;
  hasMore: boolean;
}

export interface TasksResult {
  items: RequestSummary[];
  counts: Record<TaskFilter, number>;
  hasMore: boolean;
  /** The units the caller belongs to. */
  units: UnitRef[];
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
  communityName: string;
  total: StatsRow;
  byCategory: StatsRow[];
  byUnit: StatsRow[];
  /** Still open and flagged 超时 now. */
  overdueOpen: number;
}

export const requestsActions = {
  'requests.categories': action<{ communityId: number | null; categories: string[] }>()({ input: CategoriesInput, roles: ANYONE }),
  'requests.create': action<RequestDetail>()({ input: RequestCreateInput, roles: ANYONE, idempotent: true }),
  'requests.contactPhone': action<{ phone: string }>()({ input: ContactPhoneInput, roles: ANYONE }),
  'requests.mine': action<RequestSummary[]>()({ input: NO_INPUT, roles: ANYONE }),
  'requests.get': action<RequestDetail>()({ input: ById, roles: ANYONE }),
  'requests.withdraw': action<RequestDetail>()({ input: ById, roles: ANYONE, idempotent: true }),
  'requests.rate': action<RequestDetail>()({ input: RequestRateInput, roles: ANYONE, idempotent: true }),
  'requests.queue': action<QueueResult>()({ input: QueueInput, roles: STAFF }),
  'requests.units': action<HandlerUnitOption[]>()({ input: UnitsInput, roles: STAFF }),
  'requests.dispatch': action<RequestDetail>()({ input: DispatchInput, roles: STAFF, idempotent: true }),
  'requests.pool': action<RequestDetail>()({ input: PoolInput, roles: STAFF, idempotent: true }),
  'requests.review': action<RequestDetail>()({ input: ReviewInput, roles: STAFF, idempotent: true }),
  'requests.setCategories': action<{ communityId: number; categories: string[] }>()({ input: SetCategoriesInput, roles: STAFF }),
  'requests.tasks': action<TasksResult>()({ input: TasksInput, roles: HANDLERS }),
  'requests.claim': action<RequestDetail>()({ input: ById, roles: HANDLERS, idempotent: true }),
  'requests.accept': action<RequestDetail>()({ input: ById, roles: HANDLERS, idempotent: true }),
  'requests.decline': action<{ id: number; status: RequestStatus }>()({ input: DeclineInput, roles: HANDLERS, idempotent: true }),
  'requests.complete': action<RequestDetail>()({ input: CompleteInput, roles: HANDLERS, idempotent: true }),
  'requests.workbench': action<WorkbenchSummary>()({ input: NO_INPUT, roles: ANYONE }),
  'stats.overview': action<StatsOverview>()({ input: StatsInput, roles: STAFF }),
};
