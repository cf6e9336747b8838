import { DEFAULT_CATEGORIES, DEFAULT_PUBLIC_CATEGORIES } from '../../../../types/requests';
import type { Db } from '../../../db/tx';

/** The community's categories, in its order; the default list until a worker changes it. */
export async function categoriesOf(db: Db, communityId: number): Promise<string[]> {
  return (await categoryListOf(db, communityId)).categories;
}

/** The categories and which of them are public-space (附议); the defaults until a worker changes them. */
export async function categoryListOf(db: Db, communityId: number): Promise<{ categories: string[]; publicCategories: string[] }> {
  const rows = await db.selectFrom('request_categories').select(['name', 'public']).where('community_id', '=', communityId).orderBy('position').execute();
  if (rows.length === 0) return { categories: [...DEFAULT_CATEGORIES], publicCategories: [...DEFAULT_PUBLIC_CATEGORIES] };
  return { categories: rows.map((r) => r.name), publicCategories: rows.filter((r) => Number(r.public) === 1).map((r) => r.name) };
}
