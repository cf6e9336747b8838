import type { ManagedUnit, MyUnit } from '../../../../../types/requests/units';
import type { Db } from '../../../../db/tx';
import type { UnitScope } from '../domain/reach';
import { toManagedUnit, toMyUnit, toUnitMember, type UnitPlace } from './mapper';
import { offeredCategories, optionsOf } from './offered-categories';
import { loadUnit, unitLoads, type UnitRecord } from './units';

const scopeKey = (u: UnitScope) => (u.community_id !== null ? `c${u.community_id}` : `s${u.street_id}`);

/** Each unit's scope name and the categories it may declare (one look-up per distinct scope). */
async function placesOf(db: Db, units: UnitRecord[]): Promise<Map<string, { name: string; offered: string[] }>> {
  const communityIds = [...new Set(units.map((u) => u.community_id).filter((id): id is number => id !== null))];
  const streetIds = [...new Set(units.filter((u) => u.community_id === null).map((u) => u.street_id))];
  const [communities, streets] = await Promise.all([
    communityIds.length ? db.selectFrom('communities').select(['id', 'name']).where('id', 'in', communityIds).execute() : [],
    streetIds.length ? db.selectFrom('streets').select(['id', 'name']).where('id', 'in', streetIds).execute() : [],
  ]);
  const places = new Map<string, { name: string; offered: string[] }>();
  for (const u of units) {
    const key = scopeKey(u);
    if (places.has(key)) continue;
    const name = u.community_id !== null ? communities.find((c) => c.id === u.community_id)?.name : streets.find((s) => s.id === u.street_id)?.name;
    places.set(key, { name: name ?? '', offered: await offeredCategories(db, u) });
  }
  return places;
}

/** A unit's place as the views show it: its scope's name, and what it may declare. */
function placeOf(places: Map<string, { name: string; offered: string[] }>, u: UnitRecord): UnitPlace {
  const place = places.get(scopeKey(u))!;
  return { scopeName: place.name, options: optionsOf(place.offered, u.categories) };
}

/** The units as their members see them in 我的任务. */
export async function myUnitViews(db: Db, units: UnitRecord[]): Promise<MyUnit[]> {
  const places = await placesOf(db, units);
  return units.map((u) => toMyUnit(u, placeOf(places, u)));
}

/** The units as their managers see them: members (phones masked), open work, what they may declare. */
export async function managedViews(db: Db, units: UnitRecord[]): Promise<ManagedUnit[]> {
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const [places, loads, members, taking] = await Promise.all([
    placesOf(db, units),
    unitLoads(db, ids),
    db
      .selectFrom('handler_members')
      .innerJoin('users', 'users.id', 'handler_members.user_id')
      .leftJoin('communities', 'communities.id', 'users.community_id')
      .select(['handler_members.unit_id', 'users.id', 'users.name', 'users.phone', 'communities.name as community_name'])
      .where('handler_members.unit_id', 'in', ids)
      .orderBy('users.id')
      .execute(),
    db
      .selectFrom('requests')
      .select(['unit_id', 'handler_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('unit_id', 'in', ids)
      .where('status', '=', 'accepted')
      .groupBy(['unit_id', 'handler_id'])
      .execute(),
  ]);
  // What each member has taken on for the unit (MySQL returns counts as strings).
  const takingOf = new Map(taking.map((r) => [`${r.unit_id}:${r.handler_id}`, Number(r.n)]));
  return units.map((u) => {
    const people = members.filter((m) => m.unit_id === u.id).map((m) => toUnitMember(m, takingOf.get(`${u.id}:${m.id}`) ?? 0));
    return toManagedUnit(u, placeOf(places, u), people, loads.open.get(u.id) ?? 0);
  });
}

/** One unit, reread (inside the transaction that changed it). */
export async function managedView(db: Db, id: number): Promise<ManagedUnit> {
  return (await managedViews(db, [await loadUnit(db, id)]))[0];
}
