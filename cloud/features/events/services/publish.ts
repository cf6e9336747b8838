import type { EventCreate } from '../../../../types/events';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import { localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { invalid, notFound } from '../../../core/errors';
import { assertStaffOf } from '../../../core/scope';
import { holdVenueForEvent } from '../../venues/seam';
import { draftProblem } from '../domain/draft-rules';
import { expandWeekly, moveToDate, recurrenceProblem } from '../domain/recurrence';
import { assertCover, checkEventTexts, draftTimes, rowValues } from '../draft';

/**
 * events.create (idempotent): one event, or a weekly series expanded into its occurrences, each holding its venue's
 * slots when it has a venue. A series' sign-ups all open now unless a window is given, which then moves with each date.
 */
export async function createEvents(db: Db, ctx: Ctx, input: EventCreate): Promise<{ eventIds: number[]; seriesId: number | null }> {
  assertStaffOf(ctx, input.communityId);
  const community = await db.selectFrom('communities').select(['id', 'street_id']).where('id', '=', input.communityId).executeTakeFirst();
  if (!community) throw notFound('社区不存在', 'communityId');
  const base = draftTimes(input, ctx.now);
  const problem = draftProblem({ ...base, capacity: input.capacity }, ctx.now);
  if (problem) throw invalid(problem.message, problem.field);
  const firstDate = localDate(base.startsAt);
  if (input.recurrence) {
    const rp = recurrenceProblem(firstDate, input.recurrence);
    if (rp) throw invalid(rp.message, rp.field);
  }
  const dates = input.recurrence ? expandWeekly(firstDate, input.recurrence) : [firstDate];
  await assertCover(ctx, input.cover);
  await checkEventTexts(ctx, input);

  return inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    let seriesId: number | null = null;
    if (input.recurrence) {
      const res = await trx
        .insertInto('event_series')
        .values({
          community_id: community.id,
          weekdays: [...new Set(input.recurrence.weekdays)].sort().join(','),
          until_date: input.recurrence.until,
          created_by: ctx.caller.id,
          created_at: at,
        })
        .executeTakeFirstOrThrow();
      seriesId = Number(res.insertId);
    }
    const eventIds: number[] = [];
    for (const date of dates) {
      const moved = moveToDate(base, firstDate, date);
      const times = input.signupOpensAt ? moved : { ...moved, signupOpensAt: ctx.now };
      const values = rowValues(input, times, ctx.now);
      const res = await trx
        .insertInto('events')
        .values({
          ...values,
          community_id: community.id,
          street_id: community.street_id,
          series_id: seriesId,
          taken: 0,
          waiting: 0,
          seq: 0,
          lock_version: 0,
          status: 'active',
          cancel_reason: null,
          reminded_at: null,
          created_by: ctx.caller.id,
          created_at: at,
        })
        .executeTakeFirstOrThrow();
      const eventId = Number(res.insertId);
      eventIds.push(eventId);
      if (values.venue_id !== null) {
        await holdVenueForEvent(trx, ctx, { eventId, venueId: values.venue_id, startsAt: times.startsAt, endsAt: times.endsAt, title: input.title });
      }
      await audit(trx, { entity: 'event', entityId: eventId, action: 'create', from: null, to: 'active', actorId: ctx.caller.id, communityId: community.id, at: ctx.now });
    }
    return { eventIds, seriesId };
  });
}
