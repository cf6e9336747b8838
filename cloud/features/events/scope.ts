import type { CallerHome } from '../../core/places';
import type { Ctx } from '../../core/context';
import { canStaff } from '../../core/scope';

/** Who may join: residents of the community, of the street for street-wide events, and the community's workers. */
export function mayJoin(e: { community_id: number; street_id: number; audience: string }, home: CallerHome, ctx: Ctx): boolean {
  if (home.communityId === e.community_id) return true;
  if (e.audience === 'street' && home.streetId === e.street_id) return true;
  return canStaff(ctx, e.community_id);
}
