import type { CommunityRef } from '../../types';
import type { Db } from '../db/tx';
import type { Ctx } from './context';

/** Where things are: every record belongs to a community, of a street, of a district (旗区 → 街道 → 社区). */

/** The community the demo data is about (the first seeded one): 康巴什区 哈巴格希街道 达尔罕社区. */
export const DEMO_COMMUNITY = '达尔罕社区';

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

export interface CallerHome {
  communityId: number | null;
  streetId: number | null;
}

/** The caller's own community and its street (read with the caller: cloud/core/caller.ts). */
export function callerHome(ctx: Ctx): CallerHome {
  return { communityId: ctx.caller.communityId, streetId: ctx.caller.streetId };
}
