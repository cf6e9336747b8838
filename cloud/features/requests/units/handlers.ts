import type { unitsActions } from '../../../../types/requests/units';
import { writeThenAnswer, type HandlersOf } from '../../../core/handler';
import { tasks } from '../services/lists';
import { createUnit, listUnits, updateUnit } from './services/manage';
import { myUnits, setUnitCategories } from './services/my-units';
import { addMember, removeMember } from './services/members';

/** 处理单位 (资源清单): workers manage them, members declare what they serve. */
export const unitsHandlers: HandlersOf<typeof unitsActions> = {
  'units.list': listUnits,
  'units.create': createUnit,
  'units.update': updateUnit,
  'units.addMember': addMember,
  'units.removeMember': removeMember,
  'units.mine': myUnits,
  'units.setCategories': writeThenAnswer(setUnitCategories, (db, ctx, input) => tasks(db, ctx, { filter: input.filter })),
};
