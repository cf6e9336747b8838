import type { Updateable } from 'kysely';
import { REQUEST_SOURCE_LABELS, type RequestAction, type RequestSource, type RequestStatus, type RequestSubject } from '../../../../types/requests';
import { audit } from '../../../db/audit';
import { deferWrite } from '../../../db/batch';
import type { Db } from '../../../db/tx';
import { conflict } from '../../../core/errors';
import { stepTarget } from '../domain/state-machine';
import { listText } from './json-list';
import type { RequestTable } from './tables';

export interface Step {
  req: { id: number; status: RequestStatus; version: number; round: number; community_id: number };
  action: RequestAction;
  actorId: number | null;
  at: Date;
  /** The unit concerned: dispatched to, claiming, declining, completing … */
  unitId?: number | null;
  note?: string | null;
  photos?: readonly string[] | null;
  /** The resident deleted their account: 撤回 applies to every open state (domain/state-machine.ts). */
  accountDeleted?: boolean;
}

type Assignment = Pick<Updateable<RequestTable>, 'unit_id' | 'handler_id' | 'round'>;

/** Who holds the request after a step. A request back in the community's hands belongs to no unit. */
const ASSIGNMENT: Partial<Record<RequestAction, (s: Step) => Assignment>> = {
  dispatch: (s) => ({ unit_id: s.unitId ?? null, handler_id: null }),
  pool: () => ({ unit_id: null, handler_id: null }),
  claim: (s) => ({ unit_id: s.unitId ?? null, handler_id: s.actorId }),
  accept: (s) => ({ handler_id: s.actorId }),
  decline: () => ({ unit_id: null, handler_id: null }),
  reopen: (s) => ({ unit_id: null, handler_id: null, round: s.req.round + 1 }),
};

/**
 * Takes one step of the state machine inside the caller's transaction: the conditional UPDATE comes first
 * (`WHERE status = <read> AND version = <read>`, so of two racing steps exactly one lands and SQLite starts as a
 * writer), then the timeline entry and the audit row. Restarts the 24 h clock and clears 超时; moves the assignment.
 */
export async function takeStep(trx: Db, s: Step): Promise<RequestStatus> {
  const to = stepTarget(s.req.status, s.action, s.accountDeleted);
  if (!to) throw conflict('这件暖心事的状态不允许这样操作');
  const at = s.at.toISOString();
  const res = await trx
    .updateTable('requests')
    .set({ ...ASSIGNMENT[s.action]?.(s), status: to, status_since: at, overdue: 0, version: s.req.version + 1, updated_at: at })
    .where('id', '=', s.req.id)
    .where('status', '=', s.req.status)
    .where('version', '=', s.req.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('这件暖心事刚刚有了新进展，请刷新后再试');
  // Nothing reads the timeline entry back here: it goes to the server with the next statement (usually COMMIT).
  await deferWrite(
    trx,
    trx.insertInto('request_steps').values({
      request_id: s.req.id,
      kind: s.action,
      from_status: s.req.status,
      to_status: to,
      actor_id: s.actorId,
      unit_id: s.unitId ?? null,
      note: s.note || null,
      photos: s.photos?.length ? listText(s.photos) : null,
      at,
    }),
  );
  await audit(trx, {
    entity: 'request',
    entityId: s.req.id,
    action: s.action,
    from: s.req.status,
    to,
    actorId: s.actorId,
    communityId: s.req.community_id,
    note: s.note || null,
    at: s.at,
  });
  return to;
}

export interface Order {
  communityId: number;
  residentId: number;
  category: string;
  description: string;
  address: string;
  phone: string;
  preferredTime: string;
  photos: readonly string[];
  /** Why the content check held the description; null when it passed. */
  heldFor: string | null;
  at: Date;
  /** 代点单: who filed it, from where, for whom. Absent: the resident ordered it themselves (居民自报). */
  filed?: { by: number; source: Exclude<RequestSource, 'self'>; subject: Exclude<RequestSubject, 'self'> };
}

/** 群众点单: the request enters the machine as 待派单, or 待审核 when its text is held. Returns its id. */
export async function openRequest(trx: Db, o: Order): Promise<{ id: number; status: RequestStatus }> {
  const at = o.at.toISOString();
  const status: RequestStatus = o.heldFor === null ? 'pending' : 'reviewing';
  const res = await trx
    .insertInto('requests')
    .values({
      community_id: o.communityId,
      resident_id: o.residentId,
      category: o.category,
      description: o.description,
      review_label: o.heldFor === null ? null : o.heldFor.slice(0, 100),
      address: o.address,
      phone: o.phone,
      preferred_time: o.preferredTime,
      photos: listText(o.photos),
      status,
      status_since: at,
      overdue: 0,
      round: 1,
      version: 0,
      unit_id: null,
      handler_id: null,
      created_at: at,
      updated_at: at,
      source: o.filed?.source ?? 'self',
      subject: o.filed?.subject ?? 'self',
      filed_by: o.filed?.by ?? null,
    })
    .executeTakeFirstOrThrow();
  const id = Number(res.insertId);
  const actorId = o.filed?.by ?? o.residentId;
  await trx
    .insertInto('request_steps')
    .values({ request_id: id, kind: 'created', from_status: null, to_status: status, actor_id: actorId, unit_id: null, note: null, photos: null, at })
    .execute();
  // The source is audited with the filing: 代点单 (热线) is the worker's act, on the resident's behalf.
  const note = o.filed ? `代点单（${REQUEST_SOURCE_LABELS[o.filed.source]}）` : null;
  await audit(trx, { entity: 'request', entityId: id, action: 'create', from: null, to: status, actorId, communityId: o.communityId, at: o.at, note });
  return { id, status };
}
