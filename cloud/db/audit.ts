import { deferWrite } from './batch';
import type { Db } from './tx';

export interface AuditEntry {
  entity: string;
  entityId: number;
  action: string;
  from: string | null;
  to: string | null;
  actorId: number | null;
  communityId?: number | null;
  note?: string | null;
  at: Date;
}

/**
 * Every state change of a booking, sign-up or request goes through here, inside its transaction. Nothing reads the
 * row back, so on MySQL it travels with the transaction's next statement (usually COMMIT): no round trip of its own.
 */
export async function audit(db: Db, e: AuditEntry): Promise<void> {
  await deferWrite(
    db,
    db
    .insertInto('audit_log')
    .values({
      entity: e.entity,
      entity_id: e.entityId,
      action: e.action,
      from_state: e.from,
      to_state: e.to,
      actor_id: e.actorId,
      community_id: e.communityId ?? null,
      note: e.note ? e.note.slice(0, 500) : null,
      at: e.at.toISOString(),
    }),
  );
}

export async function auditTrail(db: Db, entity: string, entityId: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}
