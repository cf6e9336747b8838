import type { Attendee, AttendeeList } from '../../../../types/events';
import type { Db } from '../../../db/tx';
import { maskPhone } from '../../../lib/privacy';
import { localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { requireManagedEvent } from '../access';
import { checkinOpen } from '../domain/checkin-window';
import { toSummary } from '../data/mapper';
import { ratingOf } from '../rating-summary';
import { LIVE } from '../data/events';

/** events.attendees: who has a seat (and is checked in) and who waits, in arrival order; phones masked. */
export async function listAttendees(db: Db, ctx: Ctx, input: { eventId: number }): Promise<AttendeeList> {
  const e = await requireManagedEvent(db, ctx, input.eventId, 'eventId');
  const rows = await db
    .selectFrom('event_signups')
    .innerJoin('users', 'users.id', 'event_signups.user_id')
    .select([
      'event_signups.id',
      'event_signups.user_id',
      'event_signups.party_size',
      'event_signups.status',
      'event_signups.seq',
      'event_signups.checked_in_at',
      'event_signups.created_at',
      'event_signups.rating',
      'event_signups.rating_comment',
      'users.name',
      'users.phone',
    ])
    .where('event_signups.event_id', '=', e.id)
    .where('event_signups.status', 'in', LIVE)
    .orderBy('event_signups.seq')
    .execute();

  const people: Attendee[] = rows.map((r) => ({
    signupId: r.id,
    userId: r.user_id,
    name: r.name || '未填写姓名',
    phoneMasked: maskPhone(r.phone),
    partySize: r.party_size,
    status: r.status as Attendee['status'],
    arrival: r.seq,
    position: null,
    checkedInAt: r.checked_in_at,
    signedUpAt: r.created_at,
    rating: r.rating !== null ? { score: r.rating, comment: r.rating_comment ?? '' } : null,
  }));
  const confirmed = people.filter((p) => p.status === 'confirmed');
  const waitlist = people.filter((p) => p.status === 'waitlisted').map((p, i) => ({ ...p, position: i + 1 }));
  const checked = confirmed.filter((p) => p.checkedInAt);
  return {
    event: toSummary(e, ctx.now),
    today: localDate(ctx.now),
    checkinOpen: e.status === 'active' && checkinOpen(new Date(e.starts_at), new Date(e.ends_at), ctx.now),
    confirmed,
    waitlist,
    checkedIn: { parties: checked.length, seats: checked.reduce((n, p) => n + p.partySize, 0) },
    rating: await ratingOf(db, e.id),
  };
}
