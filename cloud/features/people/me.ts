import type { Me } from '../../../types';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { checkTexts } from '../../core/text-check';
import { findCommunities, findCommunity } from '../../core/places';

export async function getMe(db: Db, ctx: Ctx): Promise<Me> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'role', 'name', 'phone', 'address', 'community_id'])
    .where('id', '=', ctx.caller.id)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    role: user.role,
    name: user.name,
    phone: user.phone,
    address: user.address,
    community: user.community_id ? await findCommunity(db, user.community_id) : null,
    staffCommunities: await findCommunities(db, ctx.caller.staffCommunityIds),
  };
}

export interface MeChanges {
  name?: string;
  phone?: string;
  address?: string;
  communityId?: number;
}

/** Name and address are seen by workers, handlers and sign-up lists: they pass the content check first. */
export async function updateMe(db: Db, ctx: Ctx, changes: MeChanges): Promise<Me> {
  await checkTexts(ctx, { name: ['姓名', changes.name], address: ['住址', changes.address] });
  if (changes.communityId !== undefined && !(await findCommunity(db, changes.communityId))) {
    throw notFound('所选社区不存在', 'communityId');
  }
  const set = {
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.phone !== undefined && { phone: changes.phone }),
    ...(changes.address !== undefined && { address: changes.address }),
    ...(changes.communityId !== undefined && { community_id: changes.communityId }),
  };
  if (Object.keys(set).length > 0) {
    await db
      .updateTable('users')
      .set({ ...set, updated_at: ctx.now.toISOString() })
      .where('id', '=', ctx.caller.id)
      .execute();
  }
  return getMe(db, ctx);
}
