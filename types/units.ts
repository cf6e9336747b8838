import * as v from 'valibot';
import { action } from './contract';
import { HANDLERS, STAFF, type Role } from './roles';
import { NO_INPUT, id, input, oneOf, plainText } from './schema';
import { UNIT_KINDS, categoryName, type UnitRef } from './requests';

/**
 * 处理单位 (资源清单): the departments, volunteer teams, co-building units (共建单位) and grid workers that take 暖心事.
 * Workers manage the units that reach their community; members declare the categories their unit serves.
 */

/** A unit reaches one community, or every community of its street (街道级单位). Fixed when it is created. */
export const UNIT_SCOPES = ['community', 'street'] as const;
export type UnitScopeKind = (typeof UNIT_SCOPES)[number];
export const UNIT_SCOPE_LABELS: Record<UnitScopeKind, string> = { community: '本社区', street: '全街道' };

/** Members of a unit and workers of its community change its categories. */
export const UNIT_EDITORS: readonly Role[] = ['handler', 'worker', 'admin'];

const unitCategories = v.pipe(
  v.array(categoryName(), '服务类别格式不正确'),
  v.minLength(1, '请至少选择一个服务类别'),
  v.maxLength(12, '服务类别最多12个'),
  v.check((list) => new Set(list).size === list.length, '服务类别不能重复'),
);

/** A public service number (hotline, office): 0477-8591001, 95598, 12345; empty when the unit has none. */
const unitPhone = v.optional(
  v.pipe(v.string('服务电话应为文字'), v.trim(), v.regex(/^(|\d[\d-]{2,19})$/, '服务电话格式不正确，如 0477-8591001 或 95598')),
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
export const UnitUpdateInput = input({ id: id('处理单位'), ...unitFields, active: v.boolean('启用状态应为是或否') });
export const UnitCategoriesInput = input({ id: id('处理单位'), categories: unitCategories });
export const UnitMemberInput = input({ unitId: id('处理单位'), userId: id('成员') });

export type UnitCreate = v.InferInput<typeof UnitCreateInput>;
export type UnitUpdate = v.InferInput<typeof UnitUpdateInput>;

export interface UnitMember {
  userId: number;
  name: string;
  /** Masked: workers see 138****1234. */
  phoneMasked: string;
  communityName: string | null;
  /** Requests of this unit they took on and have not completed: they cannot leave before. */
  openTasks: number;
}

/** A unit as its managers see it. */
export interface ManagedUnit extends UnitRef {
  scope: UnitScopeKind;
  /** The community's or the street's name. */
  scopeName: string;
  communityId: number | null;
  categories: string[];
  /** The categories it may declare: those its community (or the communities of its street) offer, and its own. */
  options: string[];
  active: boolean;
  members: UnitMember[];
  /** 待接单 and 处理中 requests of the unit. */
  openTasks: number;
}

export interface UnitsOverview {
  communityId: number;
  communityName: string;
  streetName: string;
  /** What a new unit of each scope may declare. */
  options: Record<UnitScopeKind, string[]>;
  /** The community's own units, then its street's; stopped ones included. */
  units: ManagedUnit[];
}

/** A unit as its member sees it in 我的任务. */
export interface MyUnit extends UnitRef {
  scopeName: string;
  categories: string[];
  options: string[];
}

export const unitsActions = {
  'units.list': action<UnitsOverview>()({ input: UnitsListInput, roles: STAFF }),
  'units.create': action<ManagedUnit>()({ input: UnitCreateInput, roles: STAFF, idempotent: true }),
  'units.update': action<ManagedUnit>()({ input: UnitUpdateInput, roles: STAFF }),
  'units.addMember': action<ManagedUnit>()({ input: UnitMemberInput, roles: STAFF }),
  'units.removeMember': action<ManagedUnit>()({ input: UnitMemberInput, roles: STAFF }),
  'units.mine': action<MyUnit[]>()({ input: NO_INPUT, roles: HANDLERS }),
  'units.setCategories': action<MyUnit>()({ input: UnitCategoriesInput, roles: UNIT_EDITORS }),
};
