import { usesApp } from '../../../core/offline-people';
import type { Selectable } from 'kysely';
import type { CommunityRef, DistrictNode, Me, ResidentSummary } from '../../../../types';
import { maskPhone } from '../../../lib/privacy';
import type { UserTable } from './tables';

/** The rows the people feature reads, and the contract's models they become: in this one place. */

/** A user's own columns, as `me.get` reads them. */
export const ME_COLUMNS = ['id', 'role', 'name', 'phone', 'address', 'community_id'] as const;
type MeRow = Pick<Selectable<UserTable>, (typeof ME_COLUMNS)[number]>;

export function toMe(user: MeRow, community: CommunityRef | null, staffCommunities: CommunityRef[], unreadMessages: number): Me {
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    phone: user.phone,
    address: user.address,
    community,
    staffCommunities,
    unreadMessages,
  };
}

/** A resident as a worker sees them: the phone masked (138****1234). */
export function toResidentSummary(r: Pick<Selectable<UserTable>, 'id' | 'openid' | 'name' | 'phone' | 'address'>): ResidentSummary {
  return { id: r.id, name: r.name, phoneMasked: maskPhone(r.phone), address: r.address, hasApp: usesApp(r.openid) };
}

/** One row per community, with its street and district, ordered by district, street, community. */
export interface CommunityPathRow {
  dId: number;
  dName: string;
  sId: number;
  sName: string;
  cId: number;
  cName: string;
}

/** Ordered rows → district → street → community, for the picker. */
export function toDistrictTree(rows: CommunityPathRow[]): DistrictNode[] {
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
