import type { Updateable } from 'kysely';
import type { RequestAction, RequestStatus } from '../../../types/requests';
import { audit } from '../../db/audit';
import type { Db } from '../../db/tx';
import { conflict } from '../../router/errors';
import { nextStatus } from './domain/state-machine';
import { listText } from './json-list';
import type { RequestTable } from './tables';

export interface Step {
  req: { id: number; status: RequestStatus; version: number; community_id: number };
  action: RequestAction;
  actorId: number | null;
  at: Date;
  /** Columns the step changes besides the status (the unit, the handler, the round …). */
  set?: Omit<Updateable<RequestTable>, 'status' | 'status_since' | 'overdue' | 'version' | 'updated_at'>;
  unitId?: number | null;
  note?: string | null;
  photos?: readonly string[] | null;
}

/**
 * Takes one step of the state machine inside the caller's transaction: the conditional UPDATE comes first
 * (`WHERE status = <read> AND version = <read>`, so of two racing steps exactly one lands and SQLite starts as a
 * writer), then the timeline entry and the audit row. Restarts the 24 h clock and clears 超时.
 */
export async function takeStep(trx: Db, s: Step): Promise<RequestStatus> {
  const to = nextStatus(s.req.status, s.action);
  if (!to) throw conflict('这件暖心事的状态不允许这样操作');
  const at = s.at.toISOString();
  const res = await trx
    .updateTable('requests')
    .set({ ...s.set, status: to, status_since: at, overdue: 0, version: s.req.version + 1, updated_at: at })
    .where('id', '=', s.req.id)
    .where('status', '=', s.req.status)
    .where('version', '=', s.req.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw conflict('这件暖心事刚刚有了新进展，请刷新后再试');
  await trx
    .insertInto('request_steps')
    .values({
      request_id: s.req.id,
      kind: s.action,
      from_status: s.req.status,
      to_status: to,
      actor_id: s.actorId,
      unit_id: s.unitId ?? null,
      note: s.note || null,
      photos: s.photos?.length ? listText(s.photos) : null,
      at,
    })
    .execute();
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
