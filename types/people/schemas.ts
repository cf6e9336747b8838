import * as v from 'valibot';
import { ROLES } from '../roles';
import { id, input, oneOf, optionalText, phone, text } from '../schema';

export const MeUpdateInput = input({
  name: v.optional(text('姓名', 1, 20)),
  phone: v.optional(v.union([v.literal(''), phone()], '手机号格式不正确，请填写11位手机号')),
  address: optionalText('住址', 100),
  communityId: v.optional(id('社区')),
});

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
