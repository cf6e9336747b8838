import * as v from 'valibot';
import { ROLES } from '../roles';
import { say } from '../fields';
import { id, input, labelled, oneOf, optionalText, phone, text } from '../schema';
import { PROFILE_FIELDS, PROFILE_UNCHANGED } from './fields';

const { name, phone: mobile, address, communityId } = PROFILE_FIELDS;

/** Built from PROFILE_FIELDS, which 我的 checks its form against without valibot (types/fields.ts). */
export const MeUpdateInput = v.pipe(
  input({
    name: v.optional(text(name.label, name.min, name.max)),
    phone: v.optional(labelled(mobile.label, v.union([v.literal(''), phone(mobile.label)], say.phone(mobile.label)))),
    address: optionalText(address.label, address.max),
    communityId: v.optional(id(communityId.label)),
  }),
  v.check((changes) => Object.values(changes).some((x) => x !== undefined), PROFILE_UNCHANGED),
);

export const ResidentsInput = input({
  communityId: id('社区'),
  /** Part of a name, or a whole mobile number. */
  keyword: v.optional(text('搜索词', 1, 20)),
});

export const SetRoleInput = input({
  userId: id('用户'),
  role: oneOf('角色', ROLES),
  /** For workers: the communities they serve. */
  communityIds: v.optional(v.pipe(v.array(id('社区'), '社区列表格式不正确'), v.maxLength(20, '最多20个社区'), v.title('服务社区'))),
});
