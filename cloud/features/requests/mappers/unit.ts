import type { HandlerUnitOption, UnitRef } from '../../../../types/requests';
import type { UnitRecord } from '../records';

export const toUnitRef = (u: Pick<UnitRecord, 'id' | 'name' | 'kind' | 'phone'>): UnitRef => ({ id: u.id, name: u.name, kind: u.kind, phone: u.phone });

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
