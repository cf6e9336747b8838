import type { Role } from '../roles';

/** What the people feature answers: who I am, where I live, and residents as workers see them. */

export interface CommunityRef {
  id: number;
  name: string;
  streetId: number;
  streetName: string;
  districtName: string;
}

export interface Me {
  id: number;
  role: Role;
  name: string;
  /** The owner always sees their own number unmasked. */
  phone: string;
  address: string;
  community: CommunityRef | null;
  /** Communities a worker serves (empty for residents). */
  staffCommunities: CommunityRef[];
  /** Messages not read yet (消息通知): 我的 shows the count and the tab its badge from this one call. */
  unreadMessages: number;
}

export interface DistrictNode {
  id: number;
  name: string;
  streets: { id: number; name: string; communities: { id: number; name: string }[] }[];
}

/** What `people.setRole` answers: the person and the role they have now. */
export interface RoleChange {
  userId: number;
  role: Role;
}

/** A resident as a worker sees them: the phone is masked (138****1234). */
export interface ResidentSummary {
  id: number;
  name: string;
  phoneMasked: string;
  address: string;
  /** False for a person a worker recorded who does not use the mini-program (a hotline caller, an elder at the counter). */
  hasApp: boolean;
}
