import type { TodayEvents } from '../events/models';
import type { WorkbenchSummary } from '../requests/models';
import type { VenueWorkbench } from '../venues/lists';

/**
 * 工作台 in one call: each section is there only for the roles that may act on it, so nobody meets 「没有权限」.
 * A handler gets their tasks; workers and admins also the queues, the rooms' approvals and today's events.
 */
export interface Workbench {
  /** 暖心事: the queues of the communities the caller works (workers, admins), and their units' tasks (members). */
  requests: WorkbenchSummary;
  /** 场地预约 · 待审核 and today's bookings: workers and admins, otherwise null. */
  venues: VenueWorkbench | null;
  /** 今日活动与签到: workers and admins, otherwise null. */
  events: TodayEvents | null;
}
