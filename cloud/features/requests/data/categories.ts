import { DEFAULT_CATEGORIES } from '../../../../types/requests';
import type { Db } from '../../../db/tx';

/** The community's categories, in its order; the default list until a worker changes it. */
export async function categoriesOf(db: Db, communityId: number): Promise<string[]> {
  const rows = await db.selectFrom('request_categories').select('name').where('community_id', '=', communityId).orderBy('position').execute();
  return rows.length > 0 ? rows.map((r) => r.name) : [...DEFAULT_CATEGORIES];
}
