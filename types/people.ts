import * as v from 'valibot';
import { action } from './contract';
import { ANYONE, type Role } from './roles';
import { NO_INPUT, id, input, optionalText, phone, text } from './schema';

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
}

export interface DistrictNode {
  id: number;
  name: string;
  streets: { id: number; name: string; communities: { id: number; name: string }[] }[];
}

export const MeUpdateInput = input({
  name: v.optional(text('姓名', 1, 20)),
  phone: v.optional(v.union([v.literal(''), phone()], '手机号格式不正确，请填写11位手机号')),
  address: optionalText('住址', 100),
  communityId: v.optional(id('社区')),
});

export const peopleActions = {
  'me.get': action<Me>()({ input: NO_INPUT, roles: ANYONE }),
  'me.update': action<Me>()({ input: MeUpdateInput, roles: ANYONE }),
  'communities.list': action<DistrictNode[]>()({ input: NO_INPUT, roles: ANYONE }),
};
