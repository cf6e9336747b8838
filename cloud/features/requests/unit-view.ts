import { DEFAULT_CATEGORIES } from '../../../types/requests';
import type { ManagedUnit, MyUnit, UnitMember } from '../../../types/units';
import type { Db } from '../../db/tx';
import { maskPhone } from '../../lib/privacy';
import { invalid, notFound } from '../../core/errors';
import type { UnitScope } from './domain/units';
import { toUnitRef } from './mappers/unit';
import { findUnit, unitLoads, type UnitRecord } from './records';

/** 其他 reads best at the end of a list of categories. */
const otherLast = (list: string[]) => [...list.filter((c) => c !== '其他'), ...list.filter((c) => c === '其他')];

/**
 * The categories a unit of this scope may declare: its community's list, or for a street unit every category a
 * community of the street offers (a community without its own list offers the default one).
 */
export async function offeredCategories(db: Db, scope: UnitScope): Promise<string[]> {
  const ids =
    scope.community_id !== null
      ? [scope.community_id]
      : (await db.selectFrom('communities').select('id').where('street_id', '=', scope.street_id).orderBy('id').execute()).map((c) => c.id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('request_categories')
    .select(['community_id', 'name'])
    .where('community_id', 'in', ids)
    .orderBy('community_id')
    .orderBy('position')
    .execute();
  const offered = new Set<string>();
  for (const id of ids) {
    const own = rows.filter((r) => r.community_id === id).map((r) => r.name);
    for (const name of own.length > 0 ? own : DEFAULT_CATEGORIES) offered.add(name);
  }
  return scope.community_id !== null ? [...offered] : otherLast([...offered]);
}

/** What a unit may declare: what its place offers, and what it declares already (a category the community dropped since). */
const optionsOf = (offered: string[], own: string[]) => [...offered, ...own.filter((c) => !offered.includes(c))];

/** Refuses a category the unit's community (or street) does not offer; the unit may keep the ones it has. */
export async function assertOffered(db: Db, scope: UnitScope, categories: string[], current: string[] = []): Promise<void> {
  const allowed = optionsOf(await offeredCategories(db, scope), current);
  const stranger = categories.find((c) => !allowed.includes(c));
  if (stranger) {
    const where = scope.community_id !== null ? '本社区' : '本街道各社区';
    throw invalid(`「${stranger}」不是${where}提供的服务类别`, 'categories');
  }
}

/** A unit by id, stopped ones included: for its managers and members. */
export async function loadUnit(db: Db, id: number, field = 'id'): Promise<UnitRecord> {
  const unit = await findUnit(db, id, { stopped: true });
  if (!unit) throw notFound('处理单位不存在', field);
  return unit;
}

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

/** The units as their members see them in 我的任务. */
export async function myUnitViews(db: Db, units: UnitRecord[]): Promise<MyUnit[]> {
  const places = await placesOf(db, units);
  return units.map((u) => {
    const place = places.get(scopeKey(u))!;
    return { ...toUnitRef(u), scopeName: place.name, categories: u.categories, options: optionsOf(place.offered, u.categories) };
  });
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
    const place = places.get(scopeKey(u))!;
    const people: UnitMember[] = members
      .filter((m) => m.unit_id === u.id)
      .map((m) => ({ userId: m.id, name: m.name || '未填写姓名', phoneMasked: maskPhone(m.phone), communityName: m.community_name, openTasks: takingOf.get(`${u.id}:${m.id}`) ?? 0 }));
    return {
      ...toUnitRef(u),
      scope: u.community_id !== null ? 'community' : 'street',
      scopeName: place.name,
      communityId: u.community_id,
      categories: u.categories,
      options: optionsOf(place.offered, u.categories),
      active: u.active === 1,
      members: people,
      openTasks: loads.open.get(u.id) ?? 0,
    };
  });
}

/** One unit, reread (inside the transaction that changed it). */
export async function managedView(db: Db, id: number): Promise<ManagedUnit> {
  return (await managedViews(db, [await loadUnit(db, id)]))[0];
}
