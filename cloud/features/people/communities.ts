import type { CommunityRef, DistrictNode } from '../../../types';
import type { Db } from '../../db/tx';

function communityRefs(db: Db) {
  return db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .innerJoin('districts', 'districts.id', 'streets.district_id')
    .select([
      'communities.id as id',
      'communities.name as name',
      'streets.id as streetId',
      'streets.name as streetName',
      'districts.name as districtName',
    ]);
}

export async function findCommunities(db: Db, ids: number[]): Promise<CommunityRef[]> {
  if (ids.length === 0) return [];
  return communityRefs(db).where('communities.id', 'in', ids).orderBy('communities.id').execute();
}

export async function findCommunity(db: Db, id: number): Promise<CommunityRef | null> {
  return (await communityRefs(db).where('communities.id', '=', id).executeTakeFirst()) ?? null;
}

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
