import type { ActionParsed, VenueDetail } from '../../../../types';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import { daysBetween, iso, localDate } from '../../../lib/time';
import { monthDay } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { assertStaffOf } from '../../../core/scope';
import { photosOf, venueValues } from '../data/mapper';
import { lockVenue } from '../data/range-lock';
import { assertManages, loadVenue } from '../data/venues';
import { normalize } from '../domain/hours';
import { BLOCKING_STATUSES } from '../domain/occupancy';
import { enforce } from '../domain/refusal';
import { checkIntervals, checkSchedule } from '../domain/schedule-rules';
import { detailOf } from './browse';

/** A worker runs a venue: what it is, its weekly hours and rules (venues.upsert), and its special dates. */

/**
 * A worker creates or edits a venue of a community they serve. Hours are checked against the slot grid; photos must
 * be files the client uploaded. Bookings already made keep their times when the hours change.
 */
export async function upsertVenue(db: Db, ctx: Ctx, input: ActionParsed<'venues.upsert'>): Promise<VenueDetail> {
  assertStaffOf(ctx, input.communityId);
  enforce(checkSchedule(input));
  const community = await db.selectFrom('communities').select(['id', 'street_id']).where('id', '=', input.communityId).executeTakeFirst();
  if (!community) throw notFound('所选社区不存在', 'communityId');
  const existing = input.id ? await loadVenue(db, input.id) : null;
  if (existing) assertManages(ctx, existing);
  await checkTexts(ctx, { name: ['场地名称', input.name], address: ['位置', input.address], description: ['简介', input.description], facilities: ['设施', input.facilities] });
  const known = new Set(existing ? photosOf(existing) : []);
  for (const photo of input.photos) {
    if (!known.has(photo) && !(await ctx.platform.storage.exists(photo))) throw invalid('照片未上传成功，请重新选择', 'photos');
  }

  const at = iso(ctx.now);
  const values = venueValues(input, community.street_id, at);

  const id = await inTransaction(db, async (trx) => {
    let venueId: number;
    if (existing) {
      await lockVenue(trx, existing.id);
      await trx.updateTable('venues').set(values).where('id', '=', existing.id).execute();
      venueId = existing.id;
    } else {
      const res = await trx.insertInto('venues').values({ ...values, lock_version: 0, created_at: at }).executeTakeFirstOrThrow();
      venueId = Number(res.insertId);
    }
    await audit(trx, { entity: 'venue', entityId: venueId, action: existing ? 'update' : 'create', from: null, to: input.active ? 'active' : 'inactive', actorId: ctx.caller.id, communityId: community.id, at: ctx.now });
    return venueId;
  });
  return detailOf(db, ctx, await loadVenue(db, id));
}

/**
 * Closes a venue on a date, opens it with other hours, or restores the weekly hours ('none'). Under the venue's lock,
 * so no booking slips in meanwhile; refused while bookings on that date would fall outside the new hours.
 */
export async function setSpecialDate(db: Db, ctx: Ctx, input: ActionParsed<'venues.specialDate'>): Promise<VenueDetail> {
  if (daysBetween(localDate(ctx.now), input.date) < 0) throw invalid('不能修改已经过去的日期', 'date');
  const intervals = normalize(input.intervals ?? []);
  if (input.kind === 'open' && intervals.length === 0) throw invalid('请填写加开的时间段', 'intervals');
  await checkTexts(ctx, { reason: ['说明', input.reason] });
  await inTransaction(db, async (trx) => {
    const venue = await lockVenue(trx, input.venueId);
    assertManages(ctx, venue);
    if (input.kind === 'open') enforce(checkIntervals(intervals, venue.slot_minutes, venue.slot_offset, monthDay(input.date)));
    if (input.kind !== 'none') {
      const held = await trx
        .selectFrom('venue_bookings')
        .select(['start_min', 'hold_end_min'])
        .where('venue_id', '=', venue.id)
        .where('date', '=', input.date)
        .where('status', 'in', BLOCKING_STATUSES)
        .execute();
      const outside = held.filter((h) => input.kind === 'closed' || !intervals.some(([s, e]) => h.start_min >= s && h.hold_end_min <= e));
      if (outside.length > 0) throw conflict(`${monthDay(input.date)}已有${outside.length}个预约或保留不在新的开放时间内，请先取消后再修改`);
    }
    await trx.deleteFrom('venue_special_dates').where('venue_id', '=', venue.id).where('date', '=', input.date).execute();
    if (input.kind !== 'none') {
      await trx
        .insertInto('venue_special_dates')
        .values({ venue_id: venue.id, date: input.date, kind: input.kind, intervals: JSON.stringify(intervals), reason: input.reason ?? '' })
        .execute();
    }
    await audit(trx, { entity: 'venue', entityId: venue.id, action: 'specialDate', from: null, to: input.kind, actorId: ctx.caller.id, communityId: venue.community_id, note: `${input.date} ${input.reason ?? ''}`.trim(), at: ctx.now });
  });
  return detailOf(db, ctx, await loadVenue(db, input.venueId));
}
