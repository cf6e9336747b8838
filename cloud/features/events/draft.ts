import type { EventCreate } from '../../../types/events';
import { localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import type { OccurrenceTimes } from './domain/recurrence';

/** The fields a worker sets on an event, as the contract parsed them (create and update share them). */
export type EventFields = Omit<EventCreate, 'communityId' | 'recurrence'>;

/**
 * The instants of a draft with their defaults: sign-up opens at `opensFallback` (now for a new event) and closes at
 * the start; cancelling is possible until the start.
 */
export function draftTimes(f: EventFields, opensFallback: Date): OccurrenceTimes {
  const startsAt = new Date(f.startsAt);
  return {
    startsAt,
    endsAt: new Date(f.endsAt),
    signupOpensAt: f.signupOpensAt ? new Date(f.signupOpensAt) : opensFallback,
    signupClosesAt: f.signupClosesAt ? new Date(f.signupClosesAt) : startsAt,
    cancelDeadline: f.cancelDeadline ? new Date(f.cancelDeadline) : startsAt,
  };
}

/** What a worker writes on an event is read by every resident who opens it: it passes the content check first. */
export async function checkEventTexts(ctx: Ctx, f: EventFields): Promise<void> {
  await checkTexts(ctx, { title: ['活动名称', f.title], description: ['活动介绍', f.description], organizer: ['主办方', f.organizer], place: ['活动地点', f.place] });
}

/** A cover must be a file this app stored (uploaded beforehand). */
export async function assertCover(ctx: Ctx, cover: string | null | undefined, current: string | null = null): Promise<void> {
  if (!cover || cover === current) return;
  if (!(await ctx.platform.storage.exists(cover))) throw invalid('封面图片不存在，请重新上传', 'cover');
}

/** Column values of one occurrence. */
export function rowValues(f: EventFields, t: OccurrenceTimes, at: Date) {
  return {
    title: f.title,
    category: f.category,
    description: f.description,
    cover: f.cover ?? null,
    organizer: f.organizer,
    venue_id: f.venueId ?? null,
    place: f.place,
    audience: f.audience,
    capacity: f.capacity,
    party_limit: f.partyLimit,
    starts_at: t.startsAt.toISOString(),
    ends_at: t.endsAt.toISOString(),
    start_date: localDate(t.startsAt),
    signup_opens_at: t.signupOpensAt.toISOString(),
    signup_closes_at: t.signupClosesAt.toISOString(),
    cancel_deadline: t.cancelDeadline.toISOString(),
    updated_at: at.toISOString(),
  };
}
