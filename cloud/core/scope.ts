import type { Db } from '../db/tx';
import type { Ctx } from './context';
import { forbidden, notFound } from './errors';

/** A worker acts only in the communities they serve; an admin everywhere. */
export function canStaff(ctx: Ctx, communityId: number): boolean {
  return ctx.caller.role === 'admin' || (ctx.caller.role === 'worker' && ctx.caller.staffCommunityIds.includes(communityId));
}

export function assertStaffOf(ctx: Ctx, communityId: number): void {
  if (!canStaff(ctx, communityId)) throw forbidden('您不是该社区的工作人员');
}

/**
 * A staff action that names a person reaches only residents of the worker's communities (an admin's: anyone's).
 * Someone outside is NOT_FOUND, as if they did not exist, so that ids cannot be probed across communities.
 */
export async function residentInScope(db: Db, ctx: Ctx, userId: number, field: string): Promise<{ id: number; communityId: number }> {
  const person = await db.selectFrom('users').select(['id', 'community_id']).where('id', '=', userId).executeTakeFirst();
  if (!person || person.community_id === null || !canStaff(ctx, person.community_id)) {
    throw notFound('在您负责的社区中找不到这位居民', field);
  }
  return { id: person.id, communityId: person.community_id };
}
