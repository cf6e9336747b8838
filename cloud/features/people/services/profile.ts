import type { ActionParsed, DistrictNode, Me } from '../../../../types';
import { unreadCount } from '../../../db/outbox';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { checkTexts } from '../../../core/text-check';
import { findCommunities, findCommunity } from '../../../core/places';
import { ME_COLUMNS, toDistrictTree, toMe } from '../data/mapper';

/** A person's own profile (who I am, my community) and the 旗区 → 街道 → 社区 tree they pick their community from. */

export async function getMe(db: Db, ctx: Ctx, _input: ActionParsed<'me.get'>): Promise<Me> {
  const user = await db.selectFrom('users').select(ME_COLUMNS).where('id', '=', ctx.caller.id).executeTakeFirstOrThrow();
  const community = user.community_id ? await findCommunity(db, user.community_id) : null;
  return toMe(user, community, await findCommunities(db, ctx.caller.staffCommunityIds), await unreadCount(db, ctx.caller.id));
}

/** Name and address are seen by workers, handlers and sign-up lists: they pass the content check first. */
export async function updateMe(db: Db, ctx: Ctx, input: ActionParsed<'me.update'>): Promise<Me> {
  await checkTexts(ctx, { name: ['姓名', input.name], address: ['住址', input.address] });
  if (input.communityId !== undefined && !(await findCommunity(db, input.communityId))) {
    throw notFound('所选社区不存在', 'communityId');
  }
  const set = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.communityId !== undefined && { community_id: input.communityId }),
  };
  if (Object.keys(set).length > 0) {
    await db
      .updateTable('users')
      .set({ ...set, updated_at: ctx.now.toISOString() })
      .where('id', '=', ctx.caller.id)
      .execute();
  }
  return getMe(db, ctx, {});
}

/** District → street → community, for the picker. */
export async function listCommunities(db: Db, _ctx: Ctx, _input: ActionParsed<'communities.list'>): Promise<DistrictNode[]> {
  const rows = await db
    .selectFrom('districts')
    .innerJoin('streets', 'streets.district_id', 'districts.id')
    .innerJoin('communities', 'communities.street_id', 'streets.id')
    .select(['districts.id as dId', 'districts.name as dName', 'streets.id as sId', 'streets.name as sName', 'communities.id as cId', 'communities.name as cName'])
    .orderBy('districts.id')
    .orderBy('streets.id')
    .orderBy('communities.id')
    .execute();
  return toDistrictTree(rows);
}
