import type { ActionParsed, ResidentSummary, RoleChange } from '../../../../types';
import { PHONE_PATTERN } from '../../../../types/schema';
import { isUniqueViolation } from '../../../db/dialect';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { invalid, notFound } from '../../../core/errors';
import { findCommunities } from '../../../core/places';
import { assertStaffOf } from '../../../core/scope';
import { toResidentSummary } from '../data/mapper';

/** Staff look residents up (to book for someone without a smartphone, to check them in); admins give roles. */

export async function listResidents(db: Db, ctx: Ctx, input: ActionParsed<'people.residents'>): Promise<ResidentSummary[]> {
  assertStaffOf(ctx, input.communityId);
  let q = db
    .selectFrom('users')
    .select(['id', 'openid', 'name', 'phone', 'address'])
    .where('community_id', '=', input.communityId)
    .orderBy('name')
    .limit(50);
  // A whole mobile number finds its owner (the caller of the hotline gives theirs); anything else is part of a name.
  // Part of a number finds nobody: the answer masks phones, and digits must not be a way to read them back.
  if (input.keyword && PHONE_PATTERN.test(input.keyword)) q = q.where('phone', '=', input.keyword);
  else if (input.keyword) q = q.where('name', 'like', `%${input.keyword.replace(/[%_\\]/g, '\\$&')}%`);
  const rows = await q.execute();
  return rows.map(toResidentSummary);
}

/** Admin: make someone a worker of communities, a handler, an admin, or a resident again. Audited. */
export async function setRole(db: Db, ctx: Ctx, input: ActionParsed<'people.setRole'>): Promise<RoleChange> {
  const communityIds = [...new Set(input.communityIds ?? [])];
  if (input.role === 'worker' && communityIds.length === 0) throw invalid('社区工作者至少要负责一个社区', 'communityIds');
  if (input.role !== 'worker' && communityIds.length > 0) throw invalid('只有社区工作者需要指定社区', 'communityIds');
  if ((await findCommunities(db, communityIds)).length !== communityIds.length) throw notFound('所选社区不存在', 'communityIds');
  const user = await db.selectFrom('users').select(['id', 'role']).where('id', '=', input.userId).executeTakeFirst();
  if (!user) throw notFound('用户不存在', 'userId');
  return inTransaction(db, async (trx) => {
    // The write comes first: on SQLite a transaction must start as a writer (DESIGN.md).
    await trx.updateTable('users').set({ role: input.role, updated_at: ctx.now.toISOString() }).where('id', '=', user.id).execute();
    await trx.deleteFrom('staff_communities').where('user_id', '=', user.id).execute();
    for (const communityId of communityIds) {
      try {
        await trx.insertInto('staff_communities').values({ user_id: user.id, community_id: communityId }).execute();
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
      }
    }
    await audit(trx, { entity: 'user', entityId: user.id, action: 'setRole', from: user.role, to: input.role, actorId: ctx.caller.id, at: ctx.now, note: communityIds.join(',') || null });
    return { userId: user.id, role: input.role };
  });
}
