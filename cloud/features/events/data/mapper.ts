import type { EventDetail, EventSummary, MySignup, TodayEvent } from '../../../../types/events';
import type { Ctx } from '../../../core/context';
import type { CallerHome } from '../../../core/places';
import { canStaff } from '../../../core/scope';
import { localDate } from '../../../lib/time';
import { formatLocal } from '../../../lib/words';
import { availableActions, mayJoin, type Available, type HintCode } from '../domain/actions';
import { eventStatus, type EventState } from '../domain/status';
import type { EventRow, SummaryRow } from './events';
import type { SignupRow } from './signups';

/** The one place an events row becomes domain values and API shapes (sign-ups: mapper-signups.ts). */

export function stateOf(row: SummaryRow): EventState {
  return {
    cancelled: row.status === 'cancelled',
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    signupOpensAt: new Date(row.signup_opens_at),
    signupClosesAt: new Date(row.signup_closes_at),
    capacity: row.capacity,
    taken: row.taken,
    waiting: row.waiting,
  };
}

/** What the caller can do with this event now (domain/actions.ts): the detail page draws it, the services enforce it. */
export function decide(ctx: Ctx, home: CallerHome, e: EventRow, mine: SignupRow | null): Available {
  return availableActions(
    {
      status: eventStatus(stateOf(e), ctx.now),
      cancelDeadline: new Date(e.cancel_deadline),
      mine: mine && { status: mine.status, rated: mine.rated_at !== null },
      inScope: mayJoin({ communityId: e.community_id, streetId: e.street_id, audience: e.audience }, home, canStaff(ctx, e.community_id)),
      hasCommunity: home.communityId !== null,
    },
    ctx.now,
  );
}

/** The sentence shown for a hint of the decision table (domain/actions.ts). */
export function hintText(code: HintCode | null, e: EventRow): string | null {
  switch (code) {
    case null:
      return null;
    case 'cancelled':
      return e.cancel_reason ? `活动已取消：${e.cancel_reason}` : '活动已取消';
    case 'ended':
      return '活动已结束';
    case 'rated':
      return '感谢您的评价';
    case 'ongoing':
      return '活动进行中';
    case 'removed':
      return '您已被工作人员移出本活动，如有疑问请联系社区';
    case 'noCommunity':
      return '请先在“我的”里选择所在社区，再报名活动';
    case 'outOfScope':
      return e.audience === 'street' ? `本活动面向${e.street_name}居民` : `本活动仅面向${e.community_name}居民`;
    case 'notOpen':
      return `报名将于${formatLocal(new Date(e.signup_opens_at))}开始`;
    case 'closed':
      return '报名已截止';
    case 'cancelUntil':
      return `${formatLocal(new Date(e.cancel_deadline))}前可取消报名`;
    case 'cancelClosed':
      return '已过取消截止时间，如不能参加请联系社区';
  }
}

export function toSummary(row: SummaryRow, now: Date, mine: EventSummary['mine'] = null): EventSummary {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    communityId: row.community_id,
    communityName: row.community_name,
    audience: row.audience,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    status: eventStatus(stateOf(row), now),
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.taken),
    waiting: row.waiting,
    partyLimit: row.party_limit,
    seriesId: row.series_id,
    mine,
  };
}

/** The detail page of an event: the summary, its texts and window, and what the caller has and can do. */
export function toDetail(
  e: EventRow,
  now: Date,
  caller: { mine: SignupRow | null; my: MySignup | null; can: Available; canManage: boolean },
  rating: EventDetail['rating'],
): EventDetail {
  const { can } = caller;
  return {
    ...toSummary(e, now, liveStatus(caller.mine)),
    description: e.description,
    organizer: e.organizer,
    cover: e.cover,
    venueId: e.venue_id,
    streetName: e.street_name,
    signupOpensAt: e.signup_opens_at,
    signupClosesAt: e.signup_closes_at,
    cancelDeadline: e.cancel_deadline,
    cancelReason: e.cancel_reason,
    today: localDate(now),
    canManage: caller.canManage,
    my: caller.my,
    actions: { signUp: can.signUp, joinWaitlist: can.joinWaitlist, cancel: can.cancel, rate: can.rate, hint: hintText(can.hint, e) },
    rating,
  };
}

/** A row of 工作台 · 今日活动, with its check-in counts. */
export function toTodayEvent(row: SummaryRow, now: Date, counts: { parties: number; checked: number } | undefined): TodayEvent {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    status: eventStatus(stateOf(row), now),
    communityName: row.community_name,
    capacity: row.capacity,
    seatsTaken: row.taken,
    parties: Number(counts?.parties ?? 0),
    checkedIn: Number(counts?.checked ?? 0),
    waiting: row.waiting,
  };
}

/** The caller's live sign-up status (a seat or a waitlist place), as the summary's `mine`. */
export function liveStatus(s: Pick<SignupRow, 'status'> | null): EventSummary['mine'] {
  return s?.status === 'confirmed' || s?.status === 'waitlisted' ? s.status : null;
}

/** The event's page in the mini-program, where a notification leads. */
export const detailPage = (eventId: number) => `/packages/events/detail/index?id=${eventId}`;
