import type { Selectable } from 'kysely';
import type { Db } from '../../../db/tx';
import type { RequestTable } from './tables';

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
