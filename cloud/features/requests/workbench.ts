import type { WorkbenchSummary } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { findCommunities } from '../../core/places';
import { countOf } from './lists';
import { toUnitRef } from './mappers/unit';
import { queueWhere } from './queue';
import { memberUnits } from './records';
import { taskWhere } from './tasks';

/** The communities whose queue the caller works: a worker's own; an admin's home community. */
export function queueCommunityIds(ctx: Ctx): number[] {
  if (ctx.caller.role === 'worker') return ctx.caller.staffCommunityIds;
  if (ctx.caller.role === 'admin' && ctx.caller.communityId) return [ctx.caller.communityId];
  return [];
}

/** The 工作台 section: what waits for this worker (to dispatch, overdue, to review) and this handler. */
export async function workbench(db: Db, ctx: Ctx): Promise<WorkbenchSummary> {
  const communities = await findCommunities(db, queueCommunityIds(ctx));
  const staff = await Promise.all(
    communities.map(async (c) => {
      const [pending, overdue, review, active] = await Promise.all(
        (['pending', 'overdue', 'review', 'active'] as const).map((f) => countOf(db, queueWhere(c.id, f))),
      );
      return { communityId: c.id, communityName: c.name, pending, overdue, review, active };
    }),
  );
  const units = ctx.caller.role === 'resident' ? [] : await memberUnits(db, ctx.caller.id);
  if (units.length === 0) return { staff, handler: null };
  const [todo, doing, pool] = await Promise.all(
    (['todo', 'doing', 'pool'] as const).map((f) => countOf(db, taskWhere(ctx.caller.id, units, f))),
  );
  return { staff, handler: { todo, doing, pool, units: units.map(toUnitRef) } };
}
