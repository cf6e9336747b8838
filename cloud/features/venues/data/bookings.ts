import { sql, type Updateable } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import { BLOCKING_STATUSES } from '../domain/occupancy';
import type { BookingKind, BookingStatus } from '../../../../types/venues/models';
import { audit } from '../../../db/audit';
import { notify } from '../../../db/outbox';
import type { Db } from '../../../db/tx';
import { iso, toInstant } from '../../../lib/time';
import { clockRange, monthDay } from '../../../lib/words';
import type { Ctx } from '../../../core/context';
import { conflict, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import type { BookingRow, VenueBookingTable, VenueRow } from './tables';

/** Queries of venue_bookings the services share: the joined read, the lock on one booking, the insert, every change. */

/** A booking with what its views need from its venue and its resident. */
export type BookingJoined = BookingRow & {
  venue_name: string;
  venue_address: string;
  community_id: number;
  cancel_deadline_minutes: number;
  checkin_window_minutes: number;
  user_name: string | null;
  user_phone: string | null;
};

export function bookingsJoined(db: Db) {
  return db
    .selectFrom('venue_bookings')
    .innerJoin('venues', 'venues.id', 'venue_bookings.venue_id')
    .leftJoin('users', 'users.id', 'venue_bookings.user_id')
    .selectAll('venue_bookings')
    .select([
      'venues.name as venue_name',
      'venues.address as venue_address',
      'venues.community_id as community_id',
      'venues.cancel_deadline_minutes as cancel_deadline_minutes',
      'venues.checkin_window_minutes as checkin_window_minutes',
      'users.name as user_name',
      'users.phone as user_phone',
    ]);
}

export async function loadBookingJoined(db: Db, id: number): Promise<BookingJoined | undefined> {
  return bookingsJoined(db).where('venue_bookings.id', '=', id).executeTakeFirst();
}

/**
 * The write first (SQLite): touch the booking about to change, then read it under that lock — if the caller may see
 * it: their own (as the resident), or any in a venue they run. Others do not exist to them.
 */
export async function lockBooking(trx: Db, ctx: Ctx, id: number, as: 'owner-or-staff' | 'staff'): Promise<BookingJoined> {
  await trx.updateTable('venue_bookings').set({ updated_at: iso(ctx.now) }).where('id', '=', id).execute();
  const b = await loadBookingJoined(trx, id);
  const staff = !!b && canStaff(ctx, b.community_id);
  const owner = !!b && b.kind === 'booking' && b.user_id === ctx.caller.id;
  if (!b || (!staff && !(as === 'owner-or-staff' && owner))) throw notFound('预约不存在', 'bookingId');
  return b;
}

export interface NewClaim {
  kind: BookingKind;
  status: BookingStatus;
  date: string;
  start: number;
  end: number;
  userId: number | null;
  personName?: string;
  personPhone?: string;
  purpose?: string;
  headcount?: number;
  reason?: string;
  eventId?: number;
  /** An occurrence of a group's weekly series. */
  seriesId?: number;
}

const CREATE_ACTION: Record<BookingKind, string> = { booking: 'create', reserved: 'reserve', event: 'hold' };

/** Who acts and when, for the claim's row and its audit entry. */
export const actor = (ctx: Ctx) => ({ actorId: ctx.caller.id, at: ctx.now });

/** Step three of the range pattern: insert the claim (under the venue's lock, after the overlap check), audited. */
export async function insertClaim(trx: Db, by: { actorId: number; at: Date }, venue: VenueRow, c: NewClaim): Promise<number> {
  const res = await trx.insertInto('venue_bookings').values(claimValues(by, venue.id, c)).executeTakeFirstOrThrow();
  const id = Number(res.insertId);
  await auditClaim(trx, by, venue, c, id);
  return id;
}

/** The audit entry of a new claim (it travels with the transaction's next statement: cloud/db/audit.ts). */
export const auditClaim = (trx: Db, by: { actorId: number; at: Date }, venue: Pick<VenueRow, 'community_id'>, c: Pick<NewClaim, 'kind' | 'status' | 'reason'>, id: number) =>
  audit(trx, { entity: 'booking', entityId: id, action: CREATE_ACTION[c.kind], from: null, to: c.status, actorId: by.actorId, communityId: venue.community_id, note: c.reason || null, at: by.at });

/**
 * A resident's booking, inserted only if nothing on the venue-day overlaps it, pending when the venue (as locked) needs
 * approval: for the batch that takes the venue's lock (services/book.ts). The statement after it reads the row back
 * with `bookingsJoined(trx).where('venue_bookings.id', '=', lastInsertId(trx))` — when it inserted one.
 */
export function insertIfFree(trx: Db, by: { actorId: number; at: Date }, venueId: number, c: NewClaim) {
  const values = claimValues(by, venueId, c);
  const columns = Object.keys(values) as (keyof typeof values)[];
  return trx
    .insertInto('venue_bookings')
    .columns(columns)
    .expression(
      trx
        .selectFrom('venues')
        .select((eb) => columns.map((k) => (k === 'status' ? sql<BookingStatus>`case when venues.requires_approval = 1 then 'pending' else 'confirmed' end`.as(k) : eb.val(values[k]).as(k))))
        .where('venues.id', '=', venueId)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('venue_bookings as held')
                .select('held.id')
                .where('held.venue_id', '=', venueId)
                .where('held.date', '=', c.date)
                .where('held.status', 'in', BLOCKING_STATUSES)
                .where('held.start_min', '<', c.end)
                .where('held.hold_end_min', '>', c.start),
            ),
          ),
        ),
    );
}

/** The id the connection's last insert made, in SQL (read in the same batch as the insert). */
export const lastInsertId = (db: Db) => (dialectOf(db) === 'mysql' ? sql<number>`last_insert_id()` : sql<number>`last_insert_rowid()`);

/** A new claim's row. */
export function claimValues(by: { actorId: number; at: Date }, venueId: number, c: NewClaim) {
  const at = iso(by.at);
  return {
    venue_id: venueId,
    kind: c.kind,
    status: c.status,
    date: c.date,
    start_min: c.start,
    end_min: c.end,
    hold_end_min: c.end,
    starts_at: iso(toInstant(c.date, c.start)),
    ends_at: iso(toInstant(c.date, c.end)),
    user_id: c.userId,
    created_by: by.actorId,
    person_name: c.personName ?? '',
    person_phone: c.personPhone ?? '',
    purpose: c.purpose ?? '',
    headcount: c.headcount ?? 0,
    reason: c.reason ?? '',
    event_id: c.eventId ?? null,
    series_id: c.seriesId ?? null,
    review_note: '',
    reviewed_by: null,
    checked_in_at: null,
    created_at: at,
    updated_at: at,
  };
}

/**
 * Every state change of a booking: one conditional UPDATE (so two workers, or a worker and the tick, cannot both move
 * it) and its audit entry, in the caller's transaction.
 */
export async function transition(
  trx: Db,
  b: BookingJoined,
  change: { to: BookingStatus; action: string; actorId: number | null; at: Date; note?: string; set?: Updateable<VenueBookingTable> },
): Promise<void> {
  const res = await trx
    .updateTable('venue_bookings')
    .set({ ...change.set, status: change.to, updated_at: iso(change.at) })
    .where('id', '=', b.id)
    .where('status', '=', b.status)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('预约状态已变化，请刷新后重试');
  await audit(trx, { entity: 'booking', entityId: b.id, action: change.action, from: b.status, to: change.to, actorId: change.actorId, communityId: b.community_id, note: change.note ?? null, at: change.at });
}

/** Where a resident reads about their bookings. */
const MY_BOOKINGS_PAGE = '/packages/venues/mine/index';

/**
 * Tells the booking's resident (if it has one with an account) what happened to it; the notice opens 我的预约. A
 * subscribe message shows the room, the booking's own start and `status` (a few Chinese characters: 已通过).
 */
export async function tellResident(trx: Db, now: Date, b: BookingJoined, notice: { kind: string; title: string; body: string; status: string }): Promise<void> {
  const { status, ...message } = notice;
  if (b.user_id) await notify(trx, now, { userId: b.user_id, ...message, page: MY_BOOKINGS_PAGE, facts: bookingFacts(b, status) });
}

/** Where a worker reviews pending bookings. */
const WORKBENCH_PAGE = '/packages/workbench/index';

/** A resident's booking waits for approval: every worker of the room's community is told (工作台 → 待审核). */
export async function tellReviewers(trx: Db, now: Date, b: BookingJoined, workerIds?: number[]): Promise<void> {
  const workers = workerIds ?? (await trx.selectFrom('staff_communities').select('user_id').where('community_id', '=', b.community_id).execute()).map((w) => w.user_id);
  for (const userId of workers) {
    await notify(trx, now, {
      userId,
      kind: 'booking.review',
      title: '新的场地预约待审核',
      body: `${b.venue_name} ${monthDay(b.date)} ${clockRange(b.start_min, b.end_min)}：${b.purpose}（${b.headcount}人）`,
      page: WORKBENCH_PAGE,
      facts: bookingFacts(b, '待审核'),
    });
  }
}

/** What a subscribe template shows of a booking. */
export const bookingFacts = (b: BookingJoined, status: string) => ({
  subject: b.venue_name,
  time: iso(toInstant(b.date, b.start_min)),
  place: b.venue_address || b.venue_name,
  status,
  name: b.person_name,
});
