import * as v from 'valibot';
import { ROLES } from '../roles';
import { id, input, labelled, oneOf, optionalText, phone, text } from '../schema';

/** Only what changed; a save that would change nothing is refused, so nobody is told 「已保存」 for nothing. */
export const MeUpdateInput = v.pipe(
  input({
    name: v.optional(text('姓名', 1, 20)),
    phone: v.optional(labelled('手机号', v.union([v.literal(''), phone()], '手机号格式不正确，请填写11位手机号'))),
    address: optionalText('住址', 100),
    communityId: v.optional(id('社区')),
  }),
  v.check((changes) => Object.values(changes).some((x) => x !== undefined), '请先填写或修改资料再保存'),
);

export const ResidentsInput = input({
  communityId: id('社区'),
  keyword: v.optional(text('搜索词', 1, 20)),
});

export const SetRoleInput = input({
  userId: id('用户'),
  role: oneOf('角色', ROLES),
  /** For workers: the communities they serve. */
  communityIds: v.optional(v.pipe(v.array(id('社区'), '社区列表格式不正确'), v.maxLength(20, '最多20个社区'), v.title('服务社区'))),
});
