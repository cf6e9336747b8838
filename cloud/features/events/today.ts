import type { TodayEvent } from '../../../types/events';
import type { Db } from '../../db/tx';
import { localDate } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { assertStaffOf } from '../../core/scope';
import { eventStatus } from './domain/status';
import { stateOf } from './data/mapper';
import { SUMMARY_COLUMNS } from './data/events';

/** events.today (工作台): today's events of the communities the worker serves, with their check-in counts. */
export async function todayEvents(db: Db, ctx: Ctx, input: { communityId?: number }): Promise<{ today: string; events: TodayEvent[] }> {
  if (input.communityId !== undefined) assertStaffOf(ctx, input.communityId);
  const communityIds =
    input.communityId !== undefined
      ? [input.communityId]
      : ctx.caller.staffCommunityIds.length > 0
        ? ctx.caller.staffCommunityIds
        : [ctx.caller.communityId].filter((id): id is number => id !== null);
  const today = localDate(ctx.now);
  if (communityIds.length === 0) return { today, events: [] };

  const rows = await db
    .selectFrom('events')
    .innerJoin('communities', 'communities.id', 'events.community_id')
    .select([...SUMMARY_COLUMNS, 'communities.name as community_name'])
    .where('events.community_id', 'in', communityIds)
    .where('events.start_date', '=', today)
    .orderBy('events.starts_at')
    .execute();
  if (rows.length === 0) return { today, events: [] };

  const counts = await db
    .selectFrom('event_signups')
    .select((eb) => ['event_id', eb.fn.countAll<number>().as('parties'), eb.fn.count<number>('checked_in_at').as('checked')])
    .where('event_id', 'in', rows.map((r) => r.id))
    .where('status', '=', 'confirmed')
    .groupBy('event_id')
    .execute();
  const byEvent = new Map(counts.map((c) => [c.event_id, c]));
  const events = rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    status: eventStatus(stateOf(r), ctx.now),
    communityName: r.community_name,
    capacity: r.capacity,
    seatsTaken: r.taken,
    parties: Number(byEvent.get(r.id)?.parties ?? 0),
    checkedIn: Number(byEvent.get(r.id)?.checked ?? 0),
    waiting: r.waiting,
  }));
  return { today, events };
}
