import { action } from '../contract';
import { ANYONE, HANDLERS, STAFF } from '../roles';
import { NO_INPUT } from '../schema';
import type { DispatchPage, FileForPage, QueueResult, RequestDetail, RequestsHome, RequestStatus, RequestSummary, StatsOverview, TasksResult } from './models';
import {
  CategoriesInput,
  CompleteInput,
  ContactPhoneInput,
  DeclineInput,
  DispatchInput,
  FileForInput,
  FileForPageInput,
  PoolInput,
  QueueInput,
  RequestCreateInput,
  RequestIdInput,
  RequestRateInput,
  ReviewInput,
  SetCategoriesInput,
  StatsInput,
  TasksInput,
} from './schemas';

/** 暖心事: 群众点单 → 社区派单 → 部门接单 → 群众评单. Its handler units (处理单位) are a part of it, in units/. */
export * from './models';
export * from './sources';
export * from './fields';
export * from './schemas';
export * from './units';

export const requestsActions = {
  'requests.categories': action<{ communityId: number | null; categories: string[] }>()({ input: CategoriesInput, roles: ANYONE }),
  'requests.create': action<RequestDetail>()({ input: RequestCreateInput, roles: ANYONE, idempotent: true }),
  'requests.contactPhone': action<{ phone: string }>()({ input: ContactPhoneInput, roles: ANYONE }),
  'requests.mine': action<RequestSummary[]>()({ input: NO_INPUT, roles: ANYONE }),
  /** The 暖心事 tab in one call: categories, the profile's contact for the form, and my requests. */
  'requests.home': action<RequestsHome>()({ input: NO_INPUT, roles: ANYONE }),
  'requests.get': action<RequestDetail>()({ input: RequestIdInput, roles: ANYONE }),
  'requests.withdraw': action<RequestDetail>()({ input: RequestIdInput, roles: ANYONE, idempotent: true }),
  'requests.rate': action<RequestDetail>()({ input: RequestRateInput, roles: ANYONE, idempotent: true }),
  /** 代点单 / 网格上报: the form's one call (where the caller may file, that community's categories). */
  'requests.fileForPage': action<FileForPage>()({ input: FileForPageInput, roles: HANDLERS }),
  /** A worker, or a grid worker on patrol, files a 暖心事 for someone else; the source is recorded. */
  'requests.fileFor': action<RequestDetail>()({ input: FileForInput, roles: HANDLERS, idempotent: true }),
  /** 电话回访: a worker records the rating that someone without the app gave by phone; audited as theirs. */
  'requests.rateByPhone': action<RequestDetail>()({ input: RequestRateInput, roles: STAFF, idempotent: true }),
  'requests.queue': action<QueueResult>()({ input: QueueInput, roles: STAFF }),
  /** A worker of the resident's community sees the resident's number, to call before dispatching; audited. */
  'requests.revealPhone': action<{ phone: string }>()({ input: RequestIdInput, roles: STAFF }),
  'requests.dispatchPage': action<DispatchPage>()({ input: RequestIdInput, roles: STAFF }),
  'requests.dispatch': action<RequestDetail>()({ input: DispatchInput, roles: STAFF, idempotent: true }),
  'requests.pool': action<RequestDetail>()({ input: PoolInput, roles: STAFF, idempotent: true }),
  'requests.review': action<RequestDetail>()({ input: ReviewInput, roles: STAFF, idempotent: true }),
  'requests.setCategories': action<{ communityId: number; categories: string[] }>()({ input: SetCategoriesInput, roles: STAFF }),
  'requests.tasks': action<TasksResult>()({ input: TasksInput, roles: HANDLERS }),
  'requests.claim': action<RequestDetail>()({ input: RequestIdInput, roles: HANDLERS, idempotent: true }),
  'requests.accept': action<RequestDetail>()({ input: RequestIdInput, roles: HANDLERS, idempotent: true }),
  'requests.decline': action<{ id: number; status: RequestStatus }>()({ input: DeclineInput, roles: HANDLERS, idempotent: true }),
  'requests.complete': action<RequestDetail>()({ input: CompleteInput, roles: HANDLERS, idempotent: true }),
  'stats.overview': action<StatsOverview>()({ input: StatsInput, roles: STAFF }),
};
