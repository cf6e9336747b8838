import { DEFAULT_CATEGORIES } from '../../../../../types/requests';
import type { Db } from '../../../../db/tx';
import { invalid } from '../../../../core/errors';
import type { UnitScope } from '../domain/reach';

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
export const optionsOf = (offered: string[], own: string[]) => [...offered, ...own.filter((c) => !offered.includes(c))];

/** Refuses a category the unit's community (or street) does not offer; the unit may keep the ones it has. */
export async function assertOffered(db: Db, scope: UnitScope, categories: string[], current: string[] = []): Promise<void> {
  const allowed = optionsOf(await offeredCategories(db, scope), current);
  const stranger = categories.find((c) => !allowed.includes(c));
  if (stranger) {
    const where = scope.community_id !== null ? '本社区' : '本街道各社区';
    throw invalid(`「${stranger}」不是${where}提供的服务类别`, 'categories');
  }
}
