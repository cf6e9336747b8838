import type { Ctx } from '../../router/context';
import { forbidden } from '../../router/errors';

/** A worker acts only in the communities they serve; an admin everywhere. */
export function canStaff(ctx: Ctx, communityId: number): boolean {
  return ctx.caller.role === 'admin' || (ctx.caller.role === 'worker' && ctx.caller.staffCommunityIds.includes(communityId));
}

export function assertStaffOf(ctx: Ctx, communityId: number): void {
  if (!canStaff(ctx, communityId)) throw forbidden('您不是该社区的工作人员');
}
