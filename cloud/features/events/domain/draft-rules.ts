import type { Problem } from './problem';
import type { OccurrenceTimes } from './recurrence';

const HOUR_MS = 3_600_000;
export const MAX_EVENT_HOURS = 24;
export const MAX_DAYS_AHEAD = 366;

/**
 * The first rule an event's times and seats break, or null. `taken` is the confirmed seats of an existing event:
 * capacity may not drop below it.
 */
export function draftProblem(d: OccurrenceTimes & { capacity: number }, now: Date, taken = 0): Problem | null {
  const start = d.startsAt.getTime();
  if (start <= now.getTime()) return { field: 'startsAt', message: '开始时间应晚于现在' };
  if (start - now.getTime() > MAX_DAYS_AHEAD * 24 * HOUR_MS) return { field: 'startsAt', message: '只能发布一年以内的活动' };
  if (d.endsAt.getTime() <= start) return { field: 'endsAt', message: '结束时间应晚于开始时间' };
  if (d.endsAt.getTime() - start > MAX_EVENT_HOURS * HOUR_MS) return { field: 'endsAt', message: `单场活动不能超过${MAX_EVENT_HOURS}小时` };
  if (d.signupClosesAt.getTime() > start) return { field: 'signupClosesAt', message: '报名截止时间不能晚于活动开始时间' };
  if (d.signupOpensAt.getTime() >= d.signupClosesAt.getTime()) return { field: 'signupOpensAt', message: '报名开始时间应早于报名截止时间' };
  if (d.cancelDeadline.getTime() > start) return { field: 'cancelDeadline', message: '取消截止时间不能晚于活动开始时间' };
  if (d.capacity < taken) return { field: 'capacity', message: `已有${taken}个名额被报名，名额不能少于${taken}` };
  return null;
}

/** The instants a worker sets on an event, as the contract parsed them (ISO strings; the window ones optional). */
export interface DraftInstants {
  startsAt: string;
  endsAt: string;
  signupOpensAt?: string;
  signupClosesAt?: string;
  cancelDeadline?: string;
}

/**
 * The instants of a draft with their defaults: sign-up opens at `opensFallback` (now for a new event) and closes at
 * the start; cancelling is possible until the start.
 */
export function draftTimes(f: DraftInstants, opensFallback: Date): OccurrenceTimes {
  const startsAt = new Date(f.startsAt);
  return {
    startsAt,
    endsAt: new Date(f.endsAt),
    signupOpensAt: f.signupOpensAt ? new Date(f.signupOpensAt) : opensFallback,
    signupClosesAt: f.signupClosesAt ? new Date(f.signupClosesAt) : startsAt,
    cancelDeadline: f.cancelDeadline ? new Date(f.cancelDeadline) : startsAt,
  };
}
