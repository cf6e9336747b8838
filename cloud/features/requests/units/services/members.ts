import type { ActionParsed, Role } from '../../../../../types';
import type { ManagedUnit } from '../../../../../types/requests/units';
import { audit } from '../../../../db/audit';
import { isUniqueViolation } from '../../../../db/dialect';
import { inTransaction, type Db } from '../../../../db/tx';
import type { Ctx } from '../../../../core/context';
import { conflict, invalid, notFound } from '../../../../core/errors';
import { residentInScope } from '../../../../core/scope';
import { assertManages } from '../data/scope';
import { loadUnit, waitingFor } from '../data/units';
import { managedView } from '../data/views';

async function findPerson(db: Db, userId: number) {
  const user = await db
    .selectFrom('users')
    .leftJoin('communities', 'communities.id', 'users.community_id')
    .select(['users.id', 'users.name', 'users.role', 'users.community_id', 'communities.street_id'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('该居民不存在', 'userId');
  return { ...user, name: user.name || '该居民' };
}

/** A role change that comes with joining a first unit or leaving the last one, audited like people.setRole. */
async function changeRole(trx: Db, ctx: Ctx, user: { id: number; role: Role }, to: Role, note: string): Promise<void> {
  await trx.updateTable('users').set({ role: to, updated_at: ctx.now.toISOString() }).where('id', '=', user.id).execute();
  await audit(trx, { entity: 'user', entityId: user.id, action: 'setRole', from: user.role, to, actorId: ctx.caller.id, note, at: ctx.now });
}

/** Members of a unit, or units of a member. */
async function memberships(trx: Db, column: 'unit_id' | 'user_id', value: number): Promise<number> {
  const row = await trx.selectFrom('handler_members').select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', value).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Adds a resident the worker found in their community (people.residents) to a unit; a resident becomes a handler.
 * A community unit takes people of its community; a street unit people of its street — of a community the worker serves.
 */
export async function addMember(db: Db, ctx: Ctx, input: ActionParsed<'units.addMember'>): Promise<ManagedUnit> {
  const unit = await loadUnit(db, input.unitId, 'unitId');
  await assertManages(db, ctx, unit);
  // Someone outside the worker's communities is NOT_FOUND, like an id that does not exist: ids cannot be probed.
  await residentInScope(db, ctx, input.userId, 'userId');
  const user = await findPerson(db, input.userId);
  const inReach = unit.community_id !== null ? user.community_id === unit.community_id : user.street_id === unit.street_id;
  if (!inReach) throw invalid(unit.community_id !== null ? '只能添加本社区的居民' : '只能添加本街道中您所负责社区的居民', 'userId');
  return inTransaction(db, async (trx) => {
    try {
      await trx.insertInto('handler_members').values({ unit_id: unit.id, user_id: user.id }).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`${user.name}已是该单位成员`);
      throw err;
    }
    await audit(trx, { entity: 'handler_unit', entityId: unit.id, action: 'addMember', from: null, to: String(user.id), actorId: ctx.caller.id, communityId: unit.community_id, note: user.name, at: ctx.now });
    if (user.role === 'resident') await changeRole(trx, ctx, user, 'handler', `加入处理单位：${unit.name}`);
    return managedView(trx, unit.id);
  });
}

/**
 * Takes someone off a unit. Not while they are handling one of its requests, nor the last member while requests
 * wait for the unit. Leaving their last unit makes a handler a resident again (workers and admins keep their role).
 */
export async function removeMember(db: Db, ctx: Ctx, input: ActionParsed<'units.removeMember'>): Promise<ManagedUnit> {
  const unit = await loadUnit(db, input.unitId, 'unitId');
  await assertManages(db, ctx, unit);
  // Only a member is named: anyone else, of whatever community, is not found, so that no one's name can be probed by id.
  const member = await db.selectFrom('handler_members').select('user_id').where('unit_id', '=', unit.id).where('user_id', '=', input.userId).executeTakeFirst();
  if (!member) throw notFound('该单位没有这位成员', 'userId');
  const user = await findPerson(db, input.userId);
  return inTransaction(db, async (trx) => {
    const res = await trx.deleteFrom('handler_members').where('unit_id', '=', unit.id).where('user_id', '=', user.id).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound(`${user.name}不是该单位成员`, 'userId');
    const taking = await trx
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', unit.id)
      .where('handler_id', '=', user.id)
      .where('status', '=', 'accepted')
      .executeTakeFirstOrThrow();
    if (Number(taking.n) > 0) throw conflict(`${user.name}还有${Number(taking.n)}件正在办理的暖心事，办结后才能移出`);
    if ((await memberships(trx, 'unit_id', unit.id)) === 0) {
      const waiting = await waitingFor(trx, unit.id);
      if (waiting > 0) throw conflict(`${user.name}是该单位最后一名成员，单位还有${waiting}件待接单的暖心事，请先改派`);
    }
    await audit(trx, { entity: 'handler_unit', entityId: unit.id, action: 'removeMember', from: String(user.id), to: null, actorId: ctx.caller.id, communityId: unit.community_id, note: user.name, at: ctx.now });
    if (user.role === 'handler' && (await memberships(trx, 'user_id', user.id)) === 0) {
      await changeRole(trx, ctx, user, 'resident', `移出最后一个处理单位：${unit.name}`);
    }
    return managedView(trx, unit.id);
  });
}
