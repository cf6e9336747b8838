import type { Generated } from 'kysely';
import type { UnitKind } from '../../../../../types/requests/units';

/*
 * The handler units' tables. They are created with the other 暖心事 tables by the migration `0005-requests`
 * (../../data/migrations.ts): one migration, released under that name.
 */

/** A handler unit: a department, a volunteer team, a co-building unit (共建单位) or a grid worker (网格员). */
export interface HandlerUnitTable {
  id: Generated<number>;
  name: string;
  kind: UnitKind;
  /** Street scope: it serves every community of the street when community_id is null. */
  street_id: number;
  community_id: number | null;
  /** JSON array of the categories it declares (资源清单): its members see open items of these in the pool. */
  categories: string;
  phone: string;
  active: number;
  created_at: string;
}

export interface HandlerMemberTable {
  unit_id: number;
  user_id: number;
}

export interface UnitsTables {
  handler_units: HandlerUnitTable;
  handler_members: HandlerMemberTable;
}

declare module '../../../../db/schema' {
  // The sub-feature's tables join the one Database type, like every feature's.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Database extends UnitsTables {}
}
