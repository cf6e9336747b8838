import type { HandlerUnitOption } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../router/context';
import { forbidden } from '../../router/errors';
import { toUnitOption } from './mappers/unit';
import { unitsReaching } from './records';
import { loadVisible } from './relation';

/** The units a worker may dispatch a request to: those that declare its category first, then by load. */
export async function unitsForRequest(db: Db, ctx: Ctx, input: { requestId: number }): Promise<HandlerUnitOption[]> {
  const { req, rel } = await loadVisible(db, ctx, input.requestId);
  if (!rel.staff) throw forbidden('只有本社区工作人员可以派单');
  const units = await unitsReaching(db, { communityId: req.community_id, streetId: req.street_id });
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const [members, open, street] = await Promise.all([
    db.selectFrom('handler_members').select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).where('unit_id', 'in', ids).groupBy('unit_id').execute(),
    db
      .selectFrom('requests')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', 'in', ids)
      .where('status', 'in', ['dispatched', 'accepted'])
      .groupBy('unit_id')
      .execute(),
    db.selectFrom('streets').select('name').where('id', '=', req.street_id).executeTakeFirstOrThrow(),
  ]);
  const count = (rows: { unit_id: number | null; n: number }[], id: number) => Number(rows.find((r) => r.unit_id === id)?.n ?? 0);
  return units
    .map((u) =>
      toUnitOption(u, {
        scopeName: u.community_id === null ? street.name : req.community_name,
        members: count(members, u.id),
        openTasks: count(open, u.id),
        category: req.category,
      }),
    )
    .sort((a, b) => Number(b.serves) - Number(a.serves) || a.openTasks - b.openTasks || a.id - b.id);
}
