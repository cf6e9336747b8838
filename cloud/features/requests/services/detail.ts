import type { ActionParsed } from '../../../../types';
import type { RequestDetail } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { actionsFor } from '../domain/permissions';
import { nextStatus } from '../domain/state-machine';
import { loadVisible } from '../data/access';
import { photosHiddenFrom } from '../data/photo-checks';
import { toDetail, toRatingView, toTimeline } from '../data/mapper';
import { toUnitRef } from '../units/data/mapper';

/** requests.get: the request as the caller may see it, with its timeline, ratings and the steps they may take. */
export async function getRequest(db: Db, ctx: Ctx, input: ActionParsed<'requests.get'>): Promise<RequestDetail> {
  const { req, rel, viewer } = await loadVisible(db, ctx, input.id);
  const [resident, unit, handler, steps, ratings, hidden] = await Promise.all([
    db.selectFrom('users').select('name').where('id', '=', req.resident_id).executeTakeFirstOrThrow(),
    req.unit_id ? db.selectFrom('handler_units').select(['id', 'name', 'kind', 'phone']).where('id', '=', req.unit_id).executeTakeFirst() : undefined,
    req.handler_id ? db.selectFrom('users').select('name').where('id', '=', req.handler_id).executeTakeFirst() : undefined,
    db
      .selectFrom('request_steps')
      .leftJoin('users', 'users.id', 'request_steps.actor_id')
      .leftJoin('handler_units', 'handler_units.id', 'request_steps.unit_id')
      .selectAll('request_steps')
      .select(['users.name as actor_name', 'handler_units.name as unit_name'])
      .where('request_steps.request_id', '=', req.id)
      .orderBy('request_steps.id')
      .execute(),
    db
      .selectFrom('request_ratings')
      .leftJoin('handler_units', 'handler_units.id', 'request_ratings.unit_id')
      .selectAll('request_ratings')
      .select('handler_units.name as unit_name')
      .where('request_ratings.request_id', '=', req.id)
      .orderBy('request_ratings.round')
      .execute(),
    photosHiddenFrom(db, req.id, ctx.caller.id),
  ]);
  return toDetail({
    req,
    viewer,
    can: actionsFor(req.status, rel),
    residentName: resident.name,
    unit: unit ? toUnitRef(unit) : null,
    handlerName: handler?.name ?? null,
    hiddenPhotos: hidden,
    timeline: toTimeline(steps, viewer, req, hidden),
    filedBy: steps.find((st) => st.kind === 'created')?.actor_name ?? null,
    canRateByPhone: viewer === 'staff' && req.subject === 'person' && nextStatus(req.status, 'rate') !== null,
    ratings: ratings.map((r) => toRatingView(r, viewer)),
  });
}
