import type { Selectable } from 'kysely';
import type { Db } from '../../../../db/tx';
import { notFound } from '../../../../core/errors';
import { parseList } from '../../data/json-list';
import type { HandlerUnitTable } from './tables';

export type UnitRecord = Omit<Selectable<HandlerUnitTable>, 'categories'> & { categories: string[] };

export const toUnitRecord = (row: Selectable<HandlerUnitTable>): UnitRecord => ({ ...row, categories: parseList(row.categories) });

/** The active units a person belongs to. */
export async function memberUnits(db: Db, userId: number): Promise<UnitRecord[]> {
  return (await memberUnitsQuery(db, userId).execute()).map(toUnitRecord);
}

/** memberUnits as a query a service can batch (cloud/db/batch.ts); its rows go through toUnitRecord. */
export function memberUnitsQuery(db: Db, userId: number) {
  return db
    .selectFrom('handler_units')
    .innerJoin('handler_members', 'handler_members.unit_id', 'handler_units.id')
    .selectAll('handler_units')
    .where('handler_members.user_id', '=', userId)
    .where('handler_units.active', '=', 1)
    .orderBy('handler_units.id');
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

/** A unit by id, stopped ones included: for its managers and members. */
export async function loadUnit(db: Db, id: number, field = 'id'): Promise<UnitRecord> {
  const unit = await findUnit(db, id, { stopped: true });
  if (!unit) throw notFound('处理单位不存在', field);
  return unit;
}

/** Per unit: its members, and its open requests (待接单 and 处理中). MySQL returns counts as strings: numbers here. */
export async function unitLoads(db: Db, ids: number[]): Promise<{ members: Map<number, number>; open: Map<number, number> }> {
  if (ids.length === 0) return { members: new Map(), open: new Map() };
  const [members, open] = await Promise.all([
    db.selectFrom('handler_members').select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).where('unit_id', 'in', ids).groupBy('unit_id').execute(),
    db
      .selectFrom('requests')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', 'in', ids)
      .where('status', 'in', ['dispatched', 'accepted'])
      .groupBy('unit_id')
      .execute(),
  ]);
  const byUnit = (rows: { unit_id: number | null; n: number }[]) => new Map(rows.map((r) => [r.unit_id ?? 0, Number(r.n)]));
  return { members: byUnit(members), open: byUnit(open) };
}

/** Requests dispatched to the unit that no member has accepted yet. */
export async function waitingFor(db: Db, unitId: number): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('unit_id', '=', unitId)
    .where('status', '=', 'dispatched')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
