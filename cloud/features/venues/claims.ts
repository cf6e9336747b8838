import type { BookingKind, BookingStatus } from '../../../types/venue-models';
import { audit } from '../../db/audit';
import type { Db } from '../../db/tx';
import { iso, toInstant } from '../../lib/time';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import type { Refusal } from './domain/refusal';
import type { VenueRow } from './venue-mapper';

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
}

const CREATE_ACTION: Record<BookingKind, string> = { booking: 'create', reserved: 'reserve', event: 'hold' };

/** Step three of the range pattern: insert the claim (under the venue's lock, after the overlap check), audited. */
export async function insertClaim(trx: Db, by: { actorId: number; at: Date }, venue: VenueRow, c: NewClaim): Promise<number> {
  const at = iso(by.at);
  const res = await trx
    .insertInto('venue_bookings')
    .values({
      venue_id: venue.id,
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
      review_note: '',
      reviewed_by: null,
      checked_in_at: null,
      created_at: at,
      updated_at: at,
    })
    .executeTakeFirstOrThrow();
  const id = Number(res.insertId);
  await audit(trx, { entity: 'booking', entityId: id, action: CREATE_ACTION[c.kind], from: null, to: c.status, actorId: by.actorId, communityId: venue.community_id, note: c.reason || null, at: by.at });
  return id;
}

/** Who acts and when, for the claim's row and its audit entry. */
export const actor = (ctx: Ctx) => ({ actorId: ctx.caller.id, at: ctx.now });

/** Turns a rule's refusal into the envelope's error. */
export function enforce(refusal: Refusal | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.message, refusal.field);
}
