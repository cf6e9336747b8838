import * as v from 'valibot';
import { id, input, labelled, oneOf, plainText } from '../../schema';
import { TASK_FILTERS } from '../models';
import { categoryName } from '../schemas';
import { UNIT_KINDS, UNIT_SCOPES } from './models';

/** 处理单位: the schemas of the units actions; the words and result types are in models.ts. */

const unitCategories = v.pipe(
  v.array(categoryName(), '服务类别格式不正确'),
  v.minLength(1, '请至少选择一个服务类别'),
  v.maxLength(12, '服务类别最多12个'),
  v.check((list) => new Set(list).size === list.length, '服务类别不能重复'),
  v.title('服务类别'),
);

/** A public service number (hotline, office): 0477-8591001, 95598, 12345; empty when the unit has none. */
const unitPhone = v.optional(
  v.pipe(v.string('服务电话应为文字'), v.trim(), v.regex(/^(|\d[\d-]{2,19})$/, '服务电话格式不正确，如 0477-8591001 或 95598'), v.title('服务电话')),
  '',
);

const unitFields = {
  name: v.pipe(plainText('单位名称', 1, 40), v.minLength(2, '单位名称至少2个字')),
  kind: oneOf('单位类型', UNIT_KINDS),
  categories: unitCategories,
  phone: unitPhone,
};

export const UnitsListInput = input({ communityId: id('社区') });
export const UnitCreateInput = input({ communityId: id('社区'), scope: oneOf('服务范围', UNIT_SCOPES), ...unitFields });
export const UnitUpdateInput = input({ id: id('处理单位'), ...unitFields, active: labelled('启用状态', v.boolean('启用状态应为是或否')) });
/** `filter`: the 我的任务 tab on screen, which the answer redraws (the claim pool follows the categories). */
export const UnitCategoriesInput = input({ id: id('处理单位'), categories: unitCategories, filter: oneOf('筛选', TASK_FILTERS) });
export const UnitMemberInput = input({ unitId: id('处理单位'), userId: id('成员') });

export type UnitCreate = v.InferInput<typeof UnitCreateInput>;
