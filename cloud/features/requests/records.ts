import type { Selectable } from 'kysely';
import type { Db } from '../../db/tx';
import { parseList } from './json-list';
import type { HandlerUnitTable, RequestTable } from './tables';

/** A request row with the place it belongs to. */
export type RequestRecord = Selectable<RequestTable> & { community_name: string; street_id: number };

export function selectRequests(db: Db) {
  return db
    .selectFrom('requests')
    .innerJoin('communities', 'communities.id', 'requests.community_id')
    .selectAll('requests')
    .select(['communities.name as community_name', 'communities.street_id as street_id']);
}

export async function findRequest(db: Db, id: number): Promise<RequestRecord | null> {
  return (await selectRequests(db).where('requests.id', '=', id).executeTakeFirst()) ?? null;
}

export type UnitRecord = Omit<Selectable<HandlerUnitTable>, 'categories'> & { categories: string[] };

const toUnitRecord = (row: Selectable<HandlerUnitTable>): UnitRecord => ({ ...row, categories: parseList(row.categories) });

/** The active units a person belongs to. */
export async function memberUnits(db: Db, userId: number): Promise<UnitRecord[]> {
  const rows = await db
    .selectFrom('handler_units')
    .innerJoin('handler_members', 'handler_members.unit_id', 'handler_units.id')
    .selectAll('handler_units')
    .where('handler_members.user_id', '=', userId)
    .where('handler_units.active', '=', 1)
    .orderBy('handler_units.id')
    .execute();
  return rows.map(toUnitRecord);
}

/** Units that reach a community: its own, and its street's. Active ones only unless the managers ask. */
export async function unitsReaching(db: Db, place: { communityId: number; streetId: number }, opts: { stopped?: boolean } = {}): Promise<UnitRecord[]> {
  let q = db
    .selectFrom('handler_units')
    .selectAll()
    .where('street_id', '=', place.streetId)
    .where((eb) => eb.or([eb('community_id', '=', place.communityId), eb('community_id', 'is', null)]));
  if (!opts.stopped) q = q.where('active', '=', 1);
  const rows = await q.orderBy('id').execute();
  return rows.map(toUnitRecord);
}

/** An active unit (to dispatch to); `{ stopped: true }` finds stopped ones too (to manage them). */
export async function findUnit(db: Db, id: number, opts: { stopped?: boolean } = {}): Promise<UnitRecord | null> {
  let q = db.selectFrom('handler_units').selectAll().where('id', '=', id);
  if (!opts.stopped) q = q.where('active', '=', 1);
  const row = await q.executeTakeFirst();
  return row ? toUnitRecord(row) : null;
}
