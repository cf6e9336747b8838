import { action } from '../contract';
import { ADMIN, ANYONE, STAFF } from '../roles';
import { NO_INPUT } from '../schema';
import type { DistrictNode, Me, ResidentSummary, RoleChange } from './models';
import { MeUpdateInput, ResidentsInput, SetRoleInput } from './schemas';

export * from './models';
export * from './fields';
export * from './schemas';

export const peopleActions = {
  'me.get': action<Me>()({ input: NO_INPUT, roles: ANYONE }),
  'me.update': action<Me>()({ input: MeUpdateInput, roles: ANYONE }),
  'communities.list': action<DistrictNode[]>()({ input: NO_INPUT, roles: ANYONE }),
  /** Workers look residents up by name, e.g. to book for someone without a smartphone or check them in. */
  'people.residents': action<ResidentSummary[]>()({ input: ResidentsInput, roles: STAFF }),
  'people.setRole': action<RoleChange>()({ input: SetRoleInput, roles: ADMIN }),
};
