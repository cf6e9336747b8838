import type { Generated } from 'kysely';
import type { Role } from '../../../../types';

export interface DistrictTable {
  id: Generated<number>;
  name: string;
}

export interface StreetTable {
  id: Generated<number>;
  district_id: number;
  name: string;
}

export interface CommunityTable {
  id: Generated<number>;
  street_id: number;
  name: string;
  address: string;
}

export interface UserTable {
  id: Generated<number>;
  openid: string;
  role: Role;
  name: string;
  phone: string;
  address: string;
  community_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Which communities a worker serves. */
export interface StaffCommunityTable {
  user_id: number;
  community_id: number;
}

export interface PeopleTables {
  districts: DistrictTable;
  streets: StreetTable;
  communities: CommunityTable;
  users: UserTable;
  staff_communities: StaffCommunityTable;
}

declare module '../../../db/schema' {
  // The feature's tables join the one Database type; the database layer imports no feature.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends PeopleTables {}
}
