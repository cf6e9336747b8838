import type { Db } from '../../../../db/tx';
import type { Ctx } from '../../../../core/context';
import { forbidden } from '../../../../core/errors';
import { canStaff } from '../../../../core/scope';
import type { UnitScope } from '../domain/reach';

/**
 * Who manages a unit: the workers of its community; for a street unit (it reaches every community of the street) the
 * workers of any community of that street, since they all dispatch to it. Admins manage every unit.
 */
export async function managesUnit(db: Db, ctx: Ctx, unit: UnitScope): Promise<boolean> {
  if (unit.community_id !== null) return canStaff(ctx, unit.community_id);
  if (ctx.caller.role === 'admin') return true;
  if (ctx.caller.role !== 'worker' || ctx.caller.staffCommunityIds.length === 0) return false;
  const ofStreet = await db
    .selectFrom('communities')
    .select('id')
    .where('street_id', '=', unit.street_id)
    .where('id', 'in', ctx.caller.staffCommunityIds)
    .executeTakeFirst();
  return ofStreet !== undefined;
}

export async function assertManages(db: Db, ctx: Ctx, unit: UnitScope): Promise<void> {
  if (!(await managesUnit(db, ctx, unit))) throw forbidden('您不是该单位所在社区的工作人员');
}
