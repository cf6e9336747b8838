import type { Selectable } from 'kysely';
import type { ActionParsed, OccurrencePlan, SeriesPreview } from '../../../../types';
import { audit } from '../../../db/audit';
import { batch } from '../../../db/batch';
import { dialectOf } from '../../../db/dialect';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { iso, isoWeekday, toInstant } from '../../../lib/time';
import { clockRange, WEEKDAY_NAMES } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { claimValues } from '../data/bookings';
import { groupUsageQuery, usedByWeek } from '../data/groups';
import { scheduleOf } from '../data/mapper';
import { occupantOf } from '../data/mapper-bookings';
import { lockVenueQuery } from '../data/range-lock';
import { hoursFrom, specialDatesQuery } from '../data/special-dates';
import type { BookingRow, GroupRow, VenueRow, VenueSpecialDateTable } from '../data/tables';
import { mayUse } from '../data/venues';
import { dayInfo } from '../domain/calendar';
import { BLOCKING_STATUSES } from '../domain/occupancy';
import { enforce } from '../domain/refusal';
import { checkSeriesShape, planSeries, seriesDates, type SeriesRequest } from '../domain/series';
import { noGroup, notGroupRoom } from './groups';

/**
 * A group's weekly series: previewed week by week, sent as one request (each week that can be had becomes a pending
 * booking of the room, the others are listed with why), approved or rejected as a whole, cancelled one week or that
 * week and every later one.
 *
 * Never an overlap: a series claims its weeks by DESIGN.md's range pattern, like a single booking — it locks its
 * group's row (the quota is counted under it) and then the room's row, always in that order, so two series and a
 * series and single bookings (which take the room's lock alone) queue on the same row and cannot deadlock on each
 * other; under the locks it reads again what the weeks depend on (locking reads on MySQL) and inserts only the weeks
 * that are still free.
 */

type Plan = ActionParsed<'series.preview'>;

/** What one plan of a series reads, as statements for one batch: group, its room, the room, special dates, holders, quota. */
function planReads(trx: Db, ctx: Ctx, input: Plan, locked: boolean) {
  const dates = seriesDates(input.firstDate, input.weeks);
  const last = dates[dates.length - 1];
  const lock = locked && dialectOf(trx) === 'mysql';
  const q = <T extends { forUpdate(): T }>(query: T) => (lock ? query.forUpdate() : query);
  return [
    q(trx.selectFrom('venue_groups').selectAll().where('id', '=', input.groupId).where('contact_user_id', '=', ctx.caller.id).where('active', '=', 1)),
    q(trx.selectFrom('venue_group_rooms').select('venue_id').where('group_id', '=', input.groupId).where('venue_id', '=', input.venueId)),
    q(trx.selectFrom('venues').selectAll().where('id', '=', input.venueId)),
    q(specialDatesQuery(trx, input.venueId, input.firstDate, last)),
    q(
      trx
        .selectFrom('venue_bookings')
        .select(['date', 'start_min', 'hold_end_min', 'kind', 'status', 'user_id', 'reason'])
        .where('venue_id', '=', input.venueId)
        .where('date', 'in', dates)
        .where('status', 'in', BLOCKING_STATUSES)
        .where('start_min', '<', input.end)
        .where('hold_end_min', '>', input.start),
    ),
    q(groupUsageQuery(trx, input.groupId, input.firstDate, last)),
  ] as const;
}

interface Planned {
  group: GroupRow;
  venue: VenueRow;
  weeks: OccurrencePlan[];
}

/** Every check of a series on what planReads read: who may ask, the request's shape, then each week. */
function planOf(ctx: Ctx, input: Plan, read: readonly { rows: unknown[] }[]): Planned {
  const [groups, groupRoom, venues, special, holders, usage] = read;
  const group = groups.rows[0] as GroupRow | undefined;
  if (!group) throw noGroup();
  const venue = venues.rows[0] as VenueRow | undefined;
  if (!venue) throw notFound('场地不存在', 'venueId');
  if (groupRoom.rows.length === 0 || venue.active !== 1) throw notGroupRoom();
  if (!mayUse(ctx, venue) && venue.community_id !== group.community_id) throw notGroupRoom();
  const schedule = scheduleOf(venue);
  const req: SeriesRequest = input;
  enforce(checkSeriesShape(req, schedule, venue.max_slots_per_booking, ctx.now));
  const specialRows = special.rows as Selectable<VenueSpecialDateTable>[];
  const holderRows = holders.rows as Pick<BookingRow, 'date' | 'start_min' | 'hold_end_min' | 'kind' | 'status' | 'user_id' | 'reason'>[];
  const facts = seriesDates(input.firstDate, input.weeks).map((date) => ({
    date,
    day: dayInfo(date),
    hours: hoursFrom(venue, date, specialRows),
    occupants: holderRows.filter((h) => h.date === date).map(occupantOf),
  }));
  const quota = { groupName: group.name, weeklyMinutes: group.weekly_minutes, usedByWeek: usedByWeek(usage.rows as { date: string; start_min: number; end_min: number }[]) };
  return { group, venue, weeks: planSeries(req, facts, schedule, quota, ctx.now) };
}

/** series.preview: which weeks can be had and why not, read without a lock; nothing is written. */
export async function previewSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.preview'>): Promise<SeriesPreview> {
  const { group, venue, weeks } = planOf(ctx, input, await batch(db, planReads(db, ctx, input, false)));
  return { groupName: group.name, venueName: venue.name, occurrences: weeks, bookable: weeks.filter((w) => w.ok).length, weeklyMinutes: group.weekly_minutes };
}

/** series.create: checks before the locks (a series with no week left is refused there), then claims under them. */
export async function createSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.create'>): Promise<number> {
  await checkTexts(ctx, { purpose: ['用途', input.purpose] });
  return inTransaction(db, async (trx) => {
    assertSome(planOf(ctx, input, await batch(trx, planReads(trx, ctx, input, false))));
    const [groupLock, venueLock, ...read] = await batch(trx, [
      trx.updateTable('venue_groups').set((eb) => ({ lock_version: eb('lock_version', '+', 1) })).where('id', '=', input.groupId),
      lockVenueQuery(trx, input.venueId),
      ...planReads(trx, ctx, input, true),
    ]);
    if (Number(groupLock.numAffectedRows ?? 0) !== 1) throw noGroup();
    if (Number(venueLock.numAffectedRows ?? 0) !== 1) throw notFound('场地不存在', 'venueId');
    const planned = planOf(ctx, input, read);
    assertSome(planned);
    const { group, venue, weeks } = planned;
    if (input.headcount > venue.capacity) throw invalid(`人数不能超过场地容纳人数（${venue.capacity}人）`, 'headcount');

    const at = iso(ctx.now);
    const ok = weeks.filter((w) => w.ok);
    const res = await trx
      .insertInto('venue_series')
      .values({
        group_id: group.id,
        venue_id: venue.id,
        status: 'pending',
        first_date: ok[0].date,
        last_date: ok[ok.length - 1].date,
        start_min: input.start,
        end_min: input.end,
        purpose: input.purpose,
        headcount: input.headcount,
        skipped: JSON.stringify(weeks.filter((w) => !w.ok)),
        created_by: ctx.caller.id,
        review_note: '',
        reviewed_by: null,
        created_at: at,
        updated_at: at,
      })
      .executeTakeFirstOrThrow();
    const seriesId = Number(res.insertId);
    const contact = await trx.selectFrom('users').select(['name', 'phone']).where('id', '=', ctx.caller.id).executeTakeFirstOrThrow();
    const by = { actorId: ctx.caller.id, at: ctx.now };
    await trx
      .insertInto('venue_bookings')
      .values(
        ok.map((w) =>
          claimValues(by, venue.id, {
            kind: 'booking',
            status: 'pending',
            date: w.date,
            start: input.start,
            end: input.end,
            userId: null,
            personName: group.name,
            personPhone: contact.phone ?? '',
            purpose: input.purpose,
            headcount: input.headcount,
            reason: group.name,
            seriesId,
          }),
        ),
      )
      .execute();
    const ids = await trx.selectFrom('venue_bookings').select('id').where('series_id', '=', seriesId).execute();
    for (const { id } of ids) {
      await audit(trx, { entity: 'booking', entityId: id, action: 'create', from: null, to: 'pending', actorId: ctx.caller.id, communityId: venue.community_id, note: `series ${seriesId}`, at: ctx.now });
    }
    await audit(trx, { entity: 'venue_series', entityId: seriesId, action: 'create', from: null, to: 'pending', actorId: ctx.caller.id, communityId: venue.community_id, note: null, at: ctx.now });
    const workers = await trx.selectFrom('staff_communities').select('user_id').where('community_id', '=', venue.community_id).execute();
    for (const w of workers) {
      await notify(trx, ctx.now, {
        userId: w.user_id,
        kind: 'series.review',
        title: '新的团体固定时段待审核',
        body: `${group.name}：${venue.name} ${everyWeek(ok[0].date, input.start, input.end)}，共${ok.length}次（${input.purpose}）`,
        page: seriesPage(seriesId),
        facts: { subject: venue.name, time: iso(toInstant(ok[0].date, input.start)), place: venue.address || venue.name, status: '待审核', name: group.name },
      });
    }
    return seriesId;
  });
}

function assertSome(p: Planned): void {
  if (p.weeks.some((w) => w.ok)) return;
  throw conflict(`所选的${p.weeks.length}周都无法预约：${p.weeks[0].reason}`);
}

export const seriesPage = (id: number) => `/packages/venues/series/index?id=${id}`;

/** 每周五 19:00–21:00 */
export const everyWeek = (date: string, start: number, end: number) => `每${WEEKDAY_NAMES[isoWeekday(date) - 1]} ${clockRange(start, end)}`;
