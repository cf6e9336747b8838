import type { RequestAction, RequestStatus } from '../../../../types/requests';

/** Who takes a step: the resident who ordered it, a worker of its community, or a member of a handler unit. */
export type Actor = 'resident' | 'worker' | 'handler';

/**
 * The one table of allowed transitions of a 暖心事. Anything not listed is a CONFLICT.
 * 待审核 → 待派单 → (派单 | 认领池) → 处理中 → 待评价 → 已评价; 未解决 reopens it to 待派单.
 */
export const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestAction, RequestStatus>>> = {
  reviewing: { release: 'pending', reject: 'rejected', withdraw: 'withdrawn' },
  pending: { dispatch: 'dispatched', pool: 'pooled', withdraw: 'withdrawn' },
  pooled: { dispatch: 'dispatched', claim: 'accepted', withdraw: 'withdrawn' },
  // A worker may dispatch again (to another unit, e.g. when nobody accepted in time) or move it to the pool.
  dispatched: { dispatch: 'dispatched', pool: 'pooled', accept: 'accepted', decline: 'pending', withdraw: 'withdrawn' },
  accepted: { decline: 'pending', complete: 'completed' },
  completed: { rate: 'rated', reopen: 'pending' },
  rated: {},
  withdrawn: {},
  rejected: {},
};

export const ACTOR_OF: Record<RequestAction, Actor> = {
  release: 'worker',
  reject: 'worker',
  dispatch: 'worker',
  pool: 'worker',
  claim: 'handler',
  accept: 'handler',
  decline: 'handler',
  complete: 'handler',
  rate: 'resident',
  reopen: 'resident',
  withdraw: 'resident',
};

/** The state after `action`, or null when the table does not allow it. */
export function nextStatus(status: RequestStatus, action: RequestAction): RequestStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/**
 * Deleting one's account withdraws every request still open, also one a handler has accepted (the resident's own
 * 撤回 stops there): the person, their phone and their address are gone, so there is nobody left to help.
 */
export const WITHDRAWN_ON_DELETION: readonly RequestStatus[] = ['reviewing', 'pending', 'pooled', 'dispatched', 'accepted'];

/** The state after a step: the table's, or withdrawn for an account deletion's 撤回 of an open request. */
export function stepTarget(status: RequestStatus, action: RequestAction, accountDeleted = false): RequestStatus | null {
  if (accountDeleted && action === 'withdraw' && WITHDRAWN_ON_DELETION.includes(status)) return 'withdrawn';
  return nextStatus(status, action);
}

/** Finished for good. */
export const FINAL: readonly RequestStatus[] = ['rated', 'withdrawn', 'rejected'];

export const isFinal = (status: RequestStatus) => FINAL.includes(status);
