import type { QueueFilter, RequestStatus, TaskFilter } from '../../../../types/requests';
import { TIMED_STATUSES } from './overdue';

/**
 * Which statuses each tab of the worker's queue holds. 超时 is a flag on top of a timed status, and 待审核 also
 * holds requests whose rating comment waits for review.
 */
export const QUEUE_STATUSES: Record<QueueFilter, readonly RequestStatus[]> = {
  pending: ['pending'],
  active: ['pooled', 'dispatched', 'accepted'],
  completed: ['completed'],
  closed: ['rated', 'withdrawn', 'rejected'],
  overdue: TIMED_STATUSES,
  review: ['reviewing'],
};

/** A handler's 我的任务: dispatched to their unit, accepted by them, done by them; and the open pool. */
export const TASK_STATUSES: Record<TaskFilter, readonly RequestStatus[]> = {
  todo: ['dispatched'],
  doing: ['accepted'],
  done: ['completed', 'rated'],
  pool: ['pooled'],
};
