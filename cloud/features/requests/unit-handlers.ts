import type { unitsActions } from '../../../types/units';
import type { HandlersOf } from '../../core/handler';
import { createUnit, listUnits, updateUnit } from './unit-admin';
import { myUnits, setUnitCategories } from './unit-categories';
import { addMember, removeMember } from './unit-members';

/** 处理单位 (资源清单): workers manage them, members declare what they serve. */
export const unitsHandlers: HandlersOf<typeof unitsActions> = {
  'units.list': listUnits,
  'units.create': createUnit,
  'units.update': updateUnit,
  'units.addMember': addMember,
  'units.removeMember': removeMember,
  'units.mine': (db, ctx) => myUnits(db, ctx),
  'units.setCategories': setUnitCategories,
};
