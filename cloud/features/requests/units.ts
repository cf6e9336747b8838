import type { HandlerUnitOption } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { forbidden } from '../../core/errors';
import { toUnitOption } from './mappers/unit';
import { unitLoads, unitsReaching } from './records';
import { loadVisible } from './relation';

/** The units a worker may dispatch a request to: those that declare its category first, then by load. */
export async function unitsForRequest(db: Db, ctx: Ctx, input: { requestId: number }): Promise<HandlerUnitOption[]> {
  const { req, rel } = await loadVisible(db, ctx, input.requestId);
  if (!rel.staff) throw forbidden('只有本社区工作人员可以派单');
  const units = await unitsReaching(db, { communityId: req.community_id, streetId: req.street_id });
  if (units.length === 0) return [];
  const [loads, street] = await Promise.all([
    unitLoads(db, units.map((u) => u.id)),
    db.selectFrom('streets').select('name').where('id', '=', req.street_id).executeTakeFirstOrThrow(),
  ]);
  return units
    .map((u) =>
      toUnitOption(u, {
        scopeName: u.community_id === null ? street.name : req.community_name,
        members: loads.members.get(u.id) ?? 0,
        openTasks: loads.open.get(u.id) ?? 0,
        category: req.category,
      }),
    )
    .sort((a, b) => Number(b.serves) - Number(a.serves) || a.openTasks - b.openTasks || a.id - b.id);
}
