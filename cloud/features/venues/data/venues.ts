import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { forbidden, notFound } from '../../../core/errors';
import { callerHome } from '../../../core/places';
import { canStaff } from '../../../core/scope';
import type { VenueRow } from './tables';

/** A venue row: load it (or NOT_FOUND), and who may use it or run it. */

export async function findVenue(db: Db, id: number): Promise<VenueRow | undefined> {
  return db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function loadVenue(db: Db, id: number): Promise<VenueRow> {
  const venue = await findVenue(db, id);
  if (!venue) throw notFound('场地不存在', 'venueId');
  return venue;
}

/** Workers of the venue's community run it; an admin runs every venue. */
export const canManage = (ctx: Ctx, venue: VenueRow) => canStaff(ctx, venue.community_id);

export function assertManages(ctx: Ctx, venue: VenueRow): void {
  if (!canManage(ctx, venue)) throw forbidden('您不是该场地所属社区的工作人员');
}

/** Residents use the venues of their own community and their street's shared ones; workers those they run. */
export async function canUse(_db: Db, ctx: Ctx, venue: VenueRow): Promise<boolean> {
  return mayUse(ctx, venue);
}

/** canUse, on the caller as resolved (their street comes with them). */
export function mayUse(ctx: Ctx, venue: VenueRow): boolean {
  if (canManage(ctx, venue)) return true;
  if (venue.active !== 1) return false;
  if (ctx.caller.communityId === venue.community_id) return true;
  return venue.street_wide === 1 && callerHome(ctx).streetId === venue.street_id;
}

/** A venue the caller may not use looks like one that does not exist to them, unless they are staff elsewhere. */
export async function loadUsableVenue(db: Db, ctx: Ctx, id: number): Promise<VenueRow> {
  const venue = await loadVenue(db, id);
  if (await canUse(db, ctx, venue)) return venue;
  if (venue.active !== 1) throw notFound('场地不存在或已停用', 'venueId');
  throw forbidden('该场地只对本社区（或本街道）居民开放');
}
