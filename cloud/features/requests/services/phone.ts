import type { ActionParsed } from '../../../../types';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { relate } from '../data/access';
import { findRequest } from '../data/request-rows';
import { mayRevealPhone } from '../domain/permissions';

/**
 * requests.revealPhone: a worker of the request's community sees the resident's full number (to call before
 * dispatching). Every reveal is written to the audit log — who, which request, when — before the number leaves.
 * Anyone else meets NOT_FOUND, as for a request that does not exist.
 */
export async function revealPhone(db: Db, ctx: Ctx, input: ActionParsed<'requests.revealPhone'>): Promise<{ phone: string }> {
  const req = await findRequest(db, input.id);
  if (!req || !mayRevealPhone((await relate(db, ctx, req)).rel)) throw notFound('这件暖心事不存在或您无权查看', 'id');
  await inTransaction(db, (trx) =>
    audit(trx, { entity: 'request', entityId: req.id, action: 'reveal_phone', from: null, to: null, actorId: ctx.caller.id, communityId: req.community_id, at: ctx.now }),
  );
  return { phone: req.phone };
}
