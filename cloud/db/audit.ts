import { deferWrite } from './batch';
import { fixedQuery } from './fixed';
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
    auditRow(db, {
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      from: e.from,
      to: e.to,
      actorId: e.actorId,
      communityId: e.communityId ?? null,
      note: e.note ? e.note.slice(0, 500) : null,
      at: e.at.toISOString(),
    }),
  );
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

const auditRow = fixedQuery(
  (db, p: { entity: string; entityId: number; action: string; at: string } & Nullable<{ from: string; to: string; actorId: number; communityId: number; note: string }>) =>
    db.insertInto('audit_log').values({
      entity: p.entity,
      entity_id: p.entityId,
      action: p.action,
      from_state: p.from,
      to_state: p.to,
      actor_id: p.actorId,
      community_id: p.communityId,
      note: p.note,
      at: p.at,
    }),
);

export async function auditTrail(db: Db, entity: string, entityId: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
}
