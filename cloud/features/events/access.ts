import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { assertStaffOf } from '../../core/scope';
import { findEvent, type EventRow } from './data/events';

/** The event, or NOT_FOUND on the input field that named it. */
export async function requireEvent(db: Db, id: number, field: string): Promise<EventRow> {
  const e = await findEvent(db, id);
  if (!e) throw notFound('活动不存在或已被删除', field);
  return e;
}

/** An event of a community the caller serves as a worker (or any, for an admin). */
export async function requireManagedEvent(db: Db, ctx: Ctx, id: number, field: string): Promise<EventRow> {
  const e = await requireEvent(db, id, field);
  assertStaffOf(ctx, e.community_id);
  return e;
}
