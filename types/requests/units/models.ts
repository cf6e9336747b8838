/**
 * 处理单位 (资源清单): the departments, volunteer teams, co-building units (共建单位) and grid workers that take 暖心事 —
 * their kinds and reach with the words for them, and the units as the API returns them.
 */

export const UNIT_KINDS = ['dept', 'volunteer', 'cobuild', 'grid'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { dept: '职能部门', volunteer: '志愿服务队', cobuild: '共建单位', grid: '网格员' };

/** A unit reaches one community, or every community of its street (街道级单位). Fixed when it is created. */
export const UNIT_SCOPES = ['community', 'street'] as const;
export type UnitScopeKind = (typeof UNIT_SCOPES)[number];
export const UNIT_SCOPE_LABELS: Record<UnitScopeKind, string> = { community: '本社区', street: '全街道' };

export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
  /** A public service number of the unit (e.g. a hotline), not a person's. */
  phone: string;
}

/** A unit a worker may dispatch a request to. */
export interface HandlerUnitOption extends UnitRef {
  scopeName: string;
  categories: string[];
  members: number;
  /** Requests dispatched to or accepted by the unit and not yet completed. */
  openTasks: number;
  /** It declares the request's category. */
  serves: boolean;
}

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
