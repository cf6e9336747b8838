import { REQUEST_STATUS_LABELS, type RequestAction, type Viewer } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { conflict, forbidden, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import { isPartyTo, mayAct, viewerOf, type Relation } from '../domain/permissions';
import { nextStatus } from '../domain/state-machine';
import { servesInPool } from '../units/domain/reach';
import { memberUnits, type UnitRecord } from '../units/data/units';
import { findRequest, type RequestRecord } from './request-rows';

export interface Related {
  req: RequestRecord;
  rel: Relation;
  /** The caller's units (empty for most people). */
  units: UnitRecord[];
}

export async function relate(db: Db, ctx: Ctx, req: RequestRecord): Promise<Related> {
  return relateTo(ctx, req, ctx.caller.role === 'resident' ? [] : await memberUnits(db, ctx.caller.id));
}

/** How the caller stands to the request, given the units they belong to. */
export function relateTo(ctx: Ctx, req: RequestRecord, units: UnitRecord[]): Related {
  const place = { communityId: req.community_id, streetId: req.street_id, category: req.category };
  const rel: Relation = {
    owner: req.resident_id === ctx.caller.id,
    staff: canStaff(ctx, req.community_id),
    unitMember: req.unit_id !== null && units.some((u) => u.id === req.unit_id),
    assignee: req.handler_id !== null && req.handler_id === ctx.caller.id,
    poolEligible: units.some((u) => servesInPool(u, place)),
  };
  return { req, rel, units };
}

const notFoundError = () => notFound('这件暖心事不存在或您无权查看', 'id');

/** Loads a request the caller may see; anything else is NOT_FOUND so that its existence does not leak. */
export async function loadVisible(db: Db, ctx: Ctx, id: number): Promise<Related & { viewer: Viewer }> {
  const req = await findRequest(db, id);
  if (!req) throw notFoundError();
  const related = await relate(db, ctx, req);
  const viewer = viewerOf(related.rel, req.status);
  if (!viewer) throw notFoundError();
  return { ...related, viewer };
}

const ACTION_WORDS: Record<RequestAction, string> = {
  release: '审核通过',
  reject: '驳回',
  dispatch: '派单',
  pool: '发布到认领池',
  claim: '认领',
  accept: '接单',
  decline: '退回',
  complete: '办结',
  rate: '评价',
  reopen: '评价',
  withdraw: '撤回',
};

/**
 * Loads a request for a step: NOT_FOUND when the caller has nothing to do with it, CONFLICT when its state does not
 * allow the step (e.g. the pool item someone else claimed first), FORBIDDEN when it is not theirs to take.
 */
export async function loadForAction(db: Db, ctx: Ctx, id: number, action: RequestAction): Promise<Related> {
  const req = await findRequest(db, id);
  if (!req) throw notFoundError();
  return assertMayAct(await relate(db, ctx, req), action);
}

/** loadForAction's checks, on a request and the caller's units already read. */
export function assertMayAct(related: Related, action: RequestAction): Related {
  const { req, rel } = related;
  const mayKnow = viewerOf(rel, req.status) !== null || (action === 'claim' && rel.poolEligible);
  if (!mayKnow) throw notFoundError();
  if (!isPartyTo(action, rel)) throw forbidden(`您不能${ACTION_WORDS[action]}这件暖心事`);
  if (!nextStatus(req.status, action)) {
    throw conflict(`这件暖心事当前「${REQUEST_STATUS_LABELS[req.status]}」，不能${ACTION_WORDS[action]}`);
  }
  if (!mayAct(action, req.status, rel)) throw forbidden(`您不能${ACTION_WORDS[action]}这件暖心事`);
  return related;
}

/** A request that is not there, or not for the caller to know about. */
export { notFoundError as requestNotFound };
