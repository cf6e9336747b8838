import type { ActionParsed } from '../../../../../types';
import type { MyUnit } from '../../../../../types/requests/units';
import { audit } from '../../../../db/audit';
import { inTransaction, type Db } from '../../../../db/tx';
import type { Ctx } from '../../../../core/context';
import { forbidden } from '../../../../core/errors';
import { listText } from '../../data/json-list';
import { assertOffered } from '../data/offered-categories';
import { managesUnit } from '../data/scope';
import { loadUnit, memberUnits } from '../data/units';
import { myUnitViews } from '../data/views';

/** 我的任务: the units I belong to, what each declares and what it may declare (资源清单). */
export async function myUnits(db: Db, ctx: Ctx, _input: ActionParsed<'units.mine'>): Promise<MyUnit[]> {
  return myUnitViews(db, await memberUnits(db, ctx.caller.id));
}

/**
 * A member of the unit (or a worker of its community) declares the categories it serves: its members then see the open
 * items of these in the claim pool, and workers see it first when they dispatch one of them.
 */
export async function setUnitCategories(db: Db, ctx: Ctx, input: ActionParsed<'units.setCategories'>): Promise<MyUnit> {
  const unit = await loadUnit(db, input.id);
  const member = await db.selectFrom('handler_members').select('user_id').where('unit_id', '=', unit.id).where('user_id', '=', ctx.caller.id).executeTakeFirst();
  if (!member && !(await managesUnit(db, ctx, unit))) throw forbidden('只有该单位成员或所在社区工作人员可以修改服务类别');
  await assertOffered(db, unit, input.categories, unit.categories);
  return inTransaction(db, async (trx) => {
    await trx.updateTable('handler_units').set({ categories: listText(input.categories) }).where('id', '=', unit.id).execute();
    await audit(trx, {
      entity: 'handler_unit',
      entityId: unit.id,
      action: 'setUnitCategories',
      from: null,
      to: null,
      actorId: ctx.caller.id,
      communityId: unit.community_id,
      note: `${unit.categories.join('、')} → ${input.categories.join('、')}`,
      at: ctx.now,
    });
    return (await myUnitViews(trx, [{ ...unit, categories: input.categories }]))[0];
  });
}
