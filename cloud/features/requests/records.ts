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

/** Active units that reach a community: its own, and its street's. */
export async function unitsReaching(db: Db, place: { communityId: number; streetId: number }): Promise<UnitRecord[]> {
  const rows = await db
    .selectFrom('handler_units')
    .selectAll()
    .where('active', '=', 1)
    .where('street_id', '=', place.streetId)
    .where((eb) => eb.or([eb('community_id', '=', place.communityId), eb('community_id', 'is', null)]))
    .orderBy('id')
    .execute();
  return rows.map(toUnitRecord);
}

export async function findUnit(db: Db, id: number): Promise<UnitRecord | null> {
  const row = await db.selectFrom('handler_units').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst();
  return row ? toUnitRecord(row) : null;
}
