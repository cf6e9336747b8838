import type { ActionParsed, Workbench } from '../../../../types';
import type { Ctx } from '../../../core/context';
import type { Db } from '../../../db/tx';
import { todayEvents } from '../../events/seam';
import { requestsWorkbench } from '../../requests/seam';
import { venueWorkbench } from '../../venues/seam';

const runsRooms = (ctx: Ctx) => ctx.caller.role === 'worker' || ctx.caller.role === 'admin';

/**
 * workbench.get: the sections this caller's role may act on, read together. A handler's answer is their tasks only;
 * a resident's is empty. Nothing here reads what the role is refused elsewhere.
 */
export async function getWorkbench(db: Db, ctx: Ctx, _input: ActionParsed<'workbench.get'>): Promise<Workbench> {
  const staff = runsRooms(ctx);
  const [requests, venues, events] = await Promise.all([
    requestsWorkbench(db, ctx),
    staff ? venueWorkbench(db, ctx) : null,
    staff ? todayEvents(db, ctx) : null,
  ]);
  return { requests, venues, events };
}
