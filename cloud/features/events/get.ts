import type { EventDetail, MySignup } from '../../../types/events';
import type { Db } from '../../db/tx';
import { localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { canStaff } from '../../core/scope';
import { requireEvent } from './access';
import { decide } from './decision';
import { checkinOpen } from './domain/checkin-window';
import { hintText } from './hints';
import { toSummary } from './data/mapper';
import { ratingOf } from './rating-summary';
import { findSignup, waitlistPosition, type EventRow, type SignupRow } from './data/events';
import { callerHome } from '../../core/places';

export async function getEvent(db: Db, ctx: Ctx, input: { id: number }): Promise<EventDetail> {
  const e = await requireEvent(db, input.id, 'id');
  const mine = await findSignup(db, e.id, ctx.caller.id);
  const { can } = decide(ctx, await callerHome(db, ctx), e, mine);
  const live = mine?.status === 'confirmed' || mine?.status === 'waitlisted' ? mine.status : null;
  return {
    ...toSummary(e, ctx.now, live),
    description: e.description,
    organizer: e.organizer,
    cover: e.cover,
    venueId: e.venue_id,
    streetName: e.street_name,
    signupOpensAt: e.signup_opens_at,
    signupClosesAt: e.signup_closes_at,
    cancelDeadline: e.cancel_deadline,
    cancelReason: e.cancel_reason,
    today: localDate(ctx.now),
    canManage: canStaff(ctx, e.community_id),
    my: mine && (await mySignup(db, ctx, e, mine)),
    actions: { signUp: can.signUp, joinWaitlist: can.joinWaitlist, cancel: can.cancel, rate: can.rate, hint: hintText(can.hint, e) },
    rating: await ratingOf(db, e.id),
  };
}

async function mySignup(db: Db, ctx: Ctx, e: EventRow, s: SignupRow): Promise<MySignup> {
  const showCode = s.status === 'confirmed' && e.status === 'active' && checkinOpen(new Date(e.starts_at), new Date(e.ends_at), ctx.now);
  return {
    id: s.id,
    status: s.status,
    partySize: s.party_size,
    position: s.status === 'waitlisted' ? await waitlistPosition(db, e.id, s.seq) : null,
    checkedInAt: s.checked_in_at,
    checkinCode: showCode ? ctx.checkinCodes.make('e', s.id) : null,
    rating: s.rating !== null ? { score: s.rating, comment: s.rating_comment ?? '' } : null,
  };
}
