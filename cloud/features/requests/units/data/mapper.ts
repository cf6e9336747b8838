import type { HandlerUnitOption, ManagedUnit, MyUnit, UnitMember, UnitRef } from '../../../../../types/requests/units';
import { maskPhone } from '../../../../lib/privacy';
import type { UnitRecord } from './units';

/** Unit rows → the contract's units, in one place. */

export const toUnitRef = (u: Pick<UnitRecord, 'id' | 'name' | 'kind' | 'phone'>): UnitRef => ({ id: u.id, name: u.name, kind: u.kind, phone: u.phone });

/** A unit to dispatch a request of `category` to. */
export function toUnitOption(
  u: UnitRecord,
  extra: { scopeName: string; members: number; openTasks: number; category: string },
): HandlerUnitOption {
  return {
    ...toUnitRef(u),
    scopeName: extra.scopeName,
    categories: u.categories,
    members: extra.members,
    openTasks: extra.openTasks,
    serves: u.categories.includes(extra.category),
  };
}

/** Where a unit reaches, by name, and the categories it may declare. */
export interface UnitPlace {
  scopeName: string;
  options: string[];
}

/** A unit as its members see it in 我的任务. */
export const toMyUnit = (u: UnitRecord, place: UnitPlace): MyUnit => ({ ...toUnitRef(u), scopeName: place.scopeName, categories: u.categories, options: place.options });

export interface MemberRow {
  id: number;
  name: string;
  phone: string;
  community_name: string | null;
}

/** A member as the unit's managers see them: the phone masked, and what they have taken on for the unit. */
export const toUnitMember = (m: MemberRow, openTasks: number): UnitMember => ({
  userId: m.id,
  name: m.name || '未填写姓名',
  phoneMasked: maskPhone(m.phone),
  communityName: m.community_name,
  openTasks,
});

/** A unit as its managers see it. */
export function toManagedUnit(u: UnitRecord, place: UnitPlace, members: UnitMember[], openTasks: number): ManagedUnit {
  return {
    ...toUnitRef(u),
    scope: u.community_id !== null ? 'community' : 'street',
    scopeName: place.scopeName,
    communityId: u.community_id,
    categories: u.categories,
    options: place.options,
    active: u.active === 1,
    members,
    openTasks,
  };
}
