import type { DistrictNode } from '../../../types';
import type { Db } from '../../db/tx';

/** District → street → community, for the picker. */
export async function communityTree(db: Db): Promise<DistrictNode[]> {
  const rows = await db
    .selectFrom('districts')
    .innerJoin('streets', 'streets.district_id', 'districts.id')
    .innerJoin('communities', 'communities.street_id', 'streets.id')
    .select(['districts.id as dId', 'districts.name as dName', 'streets.id as sId', 'streets.name as sName', 'communities.id as cId', 'communities.name as cName'])
    .orderBy('districts.id')
    .orderBy('streets.id')
    .orderBy('communities.id')
    .execute();
  const tree: DistrictNode[] = [];
  for (const r of rows) {
    let d = tree[tree.length - 1];
    if (!d || d.id !== r.dId) tree.push((d = { id: r.dId, name: r.dName, streets: [] }));
    let s = d.streets[d.streets.length - 1];
    if (!s || s.id !== r.sId) d.streets.push((s = { id: r.sId, name: r.sName, communities: [] }));
    s.communities.push({ id: r.cId, name: r.cName });
  }
  return tree;
}
