import type { Selectable } from 'kysely';
import type { ActionParsed, OccurrencePlan, SeriesPreview, SeriesView } from '../../../../types';
import { audit } from '../../../db/audit';
import { batch } from '../../../db/batch';
import { dialectOf } from '../../../db/dialect';
import { notify } from '../../../db/outbox';
import { inTransaction, type Db } from '../../../db/tx';
import { iso, isoWeekday, toInstant } from '../../../lib/time';
import { clockRange, durationWords, monthDay, WEEKDAY_NAMES } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, invalid, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import { checkTexts } from '../../../core/text-check';
import { claimValues } from '../data/bookings';
import { groupUsageQuery, occurrencesQuery, seriesJoined, seriesView, usedByWeek, type OccurrenceRow, type SeriesJoined } from '../data/groups';
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

const seriesPage = (id: number) => `/packages/venues/series/index?id=${id}`;

/** 每周五 19:00–21:00 */
const everyWeek = (date: string, start: number, end: number) => `每${WEEKDAY_NAMES[isoWeekday(date) - 1]} ${clockRange(start, end)}`;

/** A series as the caller may see it: its group's contact, or a worker of the room's community; others: not found. */
async function loadSeries(db: Db, ctx: Ctx, id: number): Promise<SeriesJoined> {
  const s = (await seriesJoined(db).where('venue_series.id', '=', id).executeTakeFirst()) as SeriesJoined | undefined;
  if (!s || !(s.contact_user_id === ctx.caller.id || canStaff(ctx, s.community_id))) throw notFound('固定时段不存在', 'seriesId');
  return s;
}

/** series.get, and the answer of every change of a series (read after COMMIT). */
export async function getSeries(db: Db, ctx: Ctx, input: { seriesId: number }): Promise<SeriesView> {
  const s = await loadSeries(db, ctx, input.seriesId);
  const occurrences = (await occurrencesQuery(db, [s.id]).execute()) as OccurrenceRow[];
  return seriesView(s, occurrences, ctx.now, canStaff(ctx, s.community_id));
}

/** The write first (SQLite) and the series' own lock: touch it, then read it as the caller may see it. */
async function lockSeries(trx: Db, ctx: Ctx, id: number): Promise<SeriesJoined> {
  await trx.updateTable('venue_series').set({ updated_at: iso(ctx.now) }).where('id', '=', id).execute();
  return loadSeries(trx, ctx, id);
}

/** The weeks of a series still held and not started, from a date on (or that one week). */
async function openWeeks(trx: Db, seriesId: number, now: Date, from: { date: string; only: boolean }, statuses: BookingRow['status'][]) {
  let q = trx.selectFrom('venue_bookings').select(['id', 'date', 'status', 'starts_at']).where('series_id', '=', seriesId).where('status', 'in', statuses).where('starts_at', '>', iso(now));
  q = from.only ? q.where('date', '=', from.date) : q.where('date', '>=', from.date);
  return q.orderBy('date').execute();
}

/** Moves the given weeks of a series to a new status, each audited, with one conditional UPDATE. */
async function moveWeeks(trx: Db, ctx: Ctx, s: SeriesJoined, weeks: { id: number; status: BookingRow['status'] }[], to: BookingRow['status'], action: string, note: string) {
  const res = await trx
    .updateTable('venue_bookings')
    .set({ status: to, review_note: note, updated_at: iso(ctx.now), ...(action === 'review' && { reviewed_by: ctx.caller.id }) })
    .where('id', 'in', weeks.map((w) => w.id))
    .where('status', 'in', [...new Set(weeks.map((w) => w.status))])
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== weeks.length) throw conflict('固定时段的场次已变化，请刷新后重试');
  for (const w of weeks) {
    await audit(trx, { entity: 'booking', entityId: w.id, action, from: w.status, to, actorId: ctx.caller.id, communityId: s.community_id, note: note || null, at: ctx.now });
  }
}

/** series.review: a worker of the room's community approves or rejects every week still waiting; the contact is told. */
export async function reviewSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.review'>): Promise<number> {
  const note = input.note?.trim() ?? '';
  if (input.decision === 'reject' && !note) throw invalid('请填写驳回原因，团体联系人会收到通知', 'note');
  await checkTexts(ctx, { note: ['审核意见', note] });
  return inTransaction(db, async (trx) => {
    const s = await lockSeries(trx, ctx, input.seriesId);
    if (!canStaff(ctx, s.community_id)) throw notFound('固定时段不存在', 'seriesId');
    if (s.status !== 'pending') throw conflict('该固定时段不在待审核状态');
    const weeks = await openWeeks(trx, s.id, ctx.now, { date: s.first_date, only: false }, ['pending']);
    if (weeks.length === 0) throw conflict('该固定时段的场次都已开始或已失效，无法审核');
    const to = input.decision === 'approve' ? 'confirmed' : 'rejected';
    await moveWeeks(trx, ctx, s, weeks, to, 'review', note);
    await trx.updateTable('venue_series').set({ status: to, review_note: note, reviewed_by: ctx.caller.id }).where('id', '=', s.id).execute();
    await audit(trx, { entity: 'venue_series', entityId: s.id, action: 'review', from: 'pending', to, actorId: ctx.caller.id, communityId: s.community_id, note: note || null, at: ctx.now });
    const when = `${s.venue_name} ${everyWeek(weeks[0].date, s.start_min, s.end_min)}，共${weeks.length}次`;
    await tellContact(trx, ctx.now, s, {
      kind: `series.${to}`,
      title: to === 'confirmed' ? '团体固定时段已通过' : '团体固定时段未通过',
      body: to === 'confirmed' ? `${s.group_name}：${when}，请按时到场签到` : `${s.group_name}：${when}。原因：${note}`,
      status: to === 'confirmed' ? '已通过' : '未通过',
      date: weeks[0].date,
    });
    return s.id;
  });
}

/**
 * series.cancel: one week, or it and every later one, by the group's contact (until the room's cancel deadline) or a
 * worker of the room's community (until it starts; the contact is told). A series with no week left held is 已取消.
 */
export async function cancelSeries(db: Db, ctx: Ctx, input: ActionParsed<'series.cancel'>): Promise<number> {
  await checkTexts(ctx, { reason: ['取消原因', input.reason] });
  return inTransaction(db, async (trx) => {
    const s = await lockSeries(trx, ctx, input.seriesId);
    const staff = canStaff(ctx, s.community_id);
    const target = await trx.selectFrom('venue_bookings').innerJoin('venues', 'venues.id', 'venue_bookings.venue_id').select(['venue_bookings.date', 'venues.cancel_deadline_minutes']).where('venue_bookings.id', '=', input.bookingId).where('venue_bookings.series_id', '=', s.id).executeTakeFirst();
    if (!target) throw notFound('该场次不属于这个固定时段', 'bookingId');
    const weeks = await openWeeks(trx, s.id, ctx.now, { date: target.date, only: input.scope === 'one' }, ['pending', 'confirmed']);
    if (weeks.length === 0) throw conflict(input.scope === 'one' ? '该场次已取消、已开始或已结束' : '此后没有可以取消的场次');
    const deadline = ctx.now.getTime() + target.cancel_deadline_minutes * 60_000;
    if (!staff && new Date(weeks[0].starts_at).getTime() <= deadline) {
      throw conflict(`已过取消时限（开始前${durationWords(target.cancel_deadline_minutes)}），如需取消请联系社区`);
    }
    const reason = input.reason?.trim() ?? '';
    await moveWeeks(trx, ctx, s, weeks, 'cancelled', 'cancel', staff ? reason : '');
    const left = await trx.selectFrom('venue_bookings').select('id').where('series_id', '=', s.id).where('status', 'in', ['pending', 'confirmed']).limit(1).execute();
    if (left.length === 0 && s.status !== 'cancelled') {
      await trx.updateTable('venue_series').set({ status: 'cancelled' }).where('id', '=', s.id).execute();
      await audit(trx, { entity: 'venue_series', entityId: s.id, action: 'cancel', from: s.status, to: 'cancelled', actorId: ctx.caller.id, communityId: s.community_id, note: reason || null, at: ctx.now });
    }
    if (staff && s.contact_user_id !== ctx.caller.id) {
      const which = weeks.length === 1 ? `${monthDay(weeks[0].date)}的场次` : `${monthDay(weeks[0].date)}起的${weeks.length}次`;
      await tellContact(trx, ctx.now, s, {
        kind: 'series.cancelled',
        title: '团体固定时段已被社区取消',
        body: `${s.group_name}：${s.venue_name} ${clockRange(s.start_min, s.end_min)} ${which}已取消${reason ? `：${reason}` : ''}`,
        status: '已取消',
        date: weeks[0].date,
      });
    }
    return s.id;
  });
}

async function tellContact(trx: Db, now: Date, s: SeriesJoined, n: { kind: string; title: string; body: string; status: string; date: string }) {
  if (!s.contact_user_id) return;
  await notify(trx, now, {
    userId: s.contact_user_id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    page: seriesPage(s.id),
    facts: { subject: s.venue_name, time: iso(toInstant(n.date, s.start_min)), place: s.venue_name, status: n.status, name: s.group_name },
  });
}
