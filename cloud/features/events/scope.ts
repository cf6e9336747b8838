import type { Db } from '../../db/tx';
import type { Ctx } from '../../router/context';
import { canStaff } from '../people/staff-scope';

export interface CallerHome {
  communityId: number | null;
  streetId: number | null;
}

/** The caller's community and its street: an event is theirs if it is their community's or open to their street. */
export async function callerHome(db: Db, ctx: Ctx): Promise<CallerHome> {
  if (!ctx.caller.communityId) return { communityId: null, streetId: null };
  const c = await db.selectFrom('communities').select(['id', 'street_id']).where('id', '=', ctx.caller.communityId).executeTakeFirst();
  return { communityId: c?.id ?? null, streetId: c?.street_id ?? null };
}

/** Who may join: residents of the community, of the street for street-wide events, and the community's workers. */
export function mayJoin(e: { community_id: number; street_id: number; audience: string }, home: CallerHome, ctx: Ctx): boolean {
  if (home.communityId === e.community_id) return true;
  if (e.audience === 'street' && home.streetId === e.street_id) return true;
  return canStaff(ctx, e.community_id);
}
