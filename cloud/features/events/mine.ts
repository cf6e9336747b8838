import type { MyEvent, MyEvents } from '../../../types/events';
import type { Db } from '../../db/tx';
import { localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { toSummary } from './data/mapper';
import { SUMMARY_COLUMNS, waitlistPosition } from './data/events';

const LIMIT = 200;

/** events.mine (我的活动): upcoming ones I hold a seat or a waitlist place for, and the rest as history. */
export async function myEvents(db: Db, ctx: Ctx): Promise<MyEvents> {
  const rows = await db
    .selectFrom('event_signups')
    .innerJoin('events', 'events.id', 'event_signups.event_id')
    .innerJoin('communities', 'communities.id', 'events.community_id')
    .select([
      ...SUMMARY_COLUMNS,
      'communities.name as community_name',
      'event_signups.id as signup_id',
      'event_signups.status as signup_status',
      'event_signups.party_size',
      'event_signups.seq',
      'event_signups.checked_in_at',
      'event_signups.rated_at',
    ])
    .where('event_signups.user_id', '=', ctx.caller.id)
    .orderBy('events.starts_at', 'desc')
    .limit(LIMIT)
    .execute();

  const items: MyEvent[] = [];
  for (const r of rows) {
    const live = r.signup_status === 'confirmed' || r.signup_status === 'waitlisted' ? r.signup_status : null;
    items.push({
      event: toSummary(r, ctx.now, live),
      signup: {
        id: r.signup_id,
        status: r.signup_status,
        partySize: r.party_size,
        position: r.signup_status === 'waitlisted' ? await waitlistPosition(db, r.id, r.seq) : null,
        checkedIn: r.checked_in_at !== null,
        rated: r.rated_at !== null,
      },
    });
  }
  const isUpcoming = (m: MyEvent) => m.event.mine !== null && m.event.status !== 'ended' && m.event.status !== 'cancelled';
  return {
    today: localDate(ctx.now),
    // Soonest first for what is ahead; most recent first for history.
    upcoming: items.filter(isUpcoming).reverse(),
    history: items.filter((m) => !isUpcoming(m)),
  };
}
