import type { RequestStatus } from '../../../../types/requests';

/** Not dispatched within 24 h of the order, or not accepted within 24 h of the dispatch → 超时. */
export const OVERDUE_AFTER_HOURS = 24;

/** Which promise is late: 派单 (nobody dispatched it) or 接单 (nobody accepted it). */
export type OverdueKind = 'dispatch' | 'accept';

const CLOCK_OF: Partial<Record<RequestStatus, OverdueKind>> = {
  reviewing: 'dispatch',
  pending: 'dispatch',
  dispatched: 'accept',
  pooled: 'accept',
};

export const overdueKind = (status: RequestStatus): OverdueKind | null => CLOCK_OF[status] ?? null;

/** Statuses on a 24 h clock; every transition restarts it (status_since). */
export const TIMED_STATUSES = Object.keys(CLOCK_OF) as RequestStatus[];

/** Entered its status at or before this instant → overdue now. */
export function overdueCutoff(now: Date): Date {
  return new Date(now.getTime() - OVERDUE_AFTER_HOURS * 3600_000);
}

export function isOverdue(status: RequestStatus, statusSince: string, now: Date): boolean {
  return overdueKind(status) !== null && Date.parse(statusSince) <= overdueCutoff(now).getTime();
}
