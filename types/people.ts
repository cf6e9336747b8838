import * as v from 'valibot';
import { action } from './contract';
import { ADMIN, ANYONE, ROLES, STAFF, type Role } from './roles';
import { NO_INPUT, id, input, oneOf, optionalText, phone, text } from './schema';

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

/** A resident as a worker sees them: the phone is masked (138****1234). */
export interface ResidentSummary {
  id: number;
  name: string;
  phoneMasked: string;
  address: string;
}

export const ResidentsInput = input({
  communityId: id('社区'),
  keyword: v.optional(text('搜索词', 1, 20)),
});

export const SetRoleInput = input({
  userId: id('用户'),
  role: oneOf('角色', ROLES),
  /** For workers: the communities they serve. */
  communityIds: v.optional(v.pipe(v.array(id('社区'), '社区列表格式不正确'), v.maxLength(20, '最多20个社区'))),
});

export const peopleActions = {
  'me.get': action<Me>()({ input: NO_INPUT, roles: ANYONE }),
  'me.update': action<Me>()({ input: MeUpdateInput, roles: ANYONE }),
  'communities.list': action<DistrictNode[]>()({ input: NO_INPUT, roles: ANYONE }),
  /** Workers look residents up by name, e.g. to book for someone without a smartphone or check them in. */
  'people.residents': action<ResidentSummary[]>()({ input: ResidentsInput, roles: STAFF }),
  'people.setRole': action<{ userId: number; role: Role }>()({ input: SetRoleInput, roles: ADMIN }),
};
