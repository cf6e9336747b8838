import { action } from '../../contract';
import { HANDLERS, STAFF, type Role } from '../../roles';
import { NO_INPUT } from '../../schema';
import type { TasksResult } from '../models';
import type { ManagedUnit, MyUnit, UnitsOverview } from './models';
import { UnitCategoriesInput, UnitCreateInput, UnitMemberInput, UnitsListInput, UnitUpdateInput } from './schemas';

/**
 * 处理单位 (资源清单), a part of 暖心事: workers manage the units that reach their community; members declare the
 * categories their unit serves.
 */
export * from './models';
export * from './schemas';

/** Members of a unit and workers of its community change its categories. */
export const UNIT_EDITORS: readonly Role[] = ['handler', 'worker', 'admin'];

export const unitsActions = {
  'units.list': action<UnitsOverview>()({ input: UnitsListInput, roles: STAFF }),
  'units.create': action<ManagedUnit>()({ input: UnitCreateInput, roles: STAFF, idempotent: true }),
  'units.update': action<ManagedUnit>()({ input: UnitUpdateInput, roles: STAFF }),
  'units.addMember': action<ManagedUnit>()({ input: UnitMemberInput, roles: STAFF }),
  'units.removeMember': action<ManagedUnit>()({ input: UnitMemberInput, roles: STAFF }),
  'units.mine': action<MyUnit[]>()({ input: NO_INPUT, roles: HANDLERS }),
  /** Answers with 我的任务 as it is after the change (the screen it is made on). */
  'units.setCategories': action<TasksResult>()({ input: UnitCategoriesInput, roles: UNIT_EDITORS }),
};
