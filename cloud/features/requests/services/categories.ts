import type { ActionParsed } from '../../../../types';
import { DEFAULT_CATEGORIES } from '../../../../types/requests';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { findCommunity } from '../../../core/places';
import { checkTexts } from '../../../core/text-check';
import { assertStaffOf } from '../../../core/scope';
import { categoriesOf } from '../data/categories';

async function assertCommunity(db: Db, communityId: number): Promise<void> {
  if (!(await findCommunity(db, communityId))) throw notFound('社区不存在', 'communityId');
}

/** The categories residents of a community may order: the caller's own community unless another is named. */
export async function getCategories(db: Db, ctx: Ctx, input: ActionParsed<'requests.categories'>): Promise<{ communityId: number | null; categories: string[] }> {
  const communityId = input.communityId ?? ctx.caller.communityId;
  if (input.communityId !== undefined) await assertCommunity(db, input.communityId);
  return { communityId, categories: communityId ? await categoriesOf(db, communityId) : [...DEFAULT_CATEGORIES] };
}

/** A worker sets which categories residents of their community may order. Existing requests keep theirs. */
export async function setCategories(db: Db, ctx: Ctx, input: ActionParsed<'requests.setCategories'>): Promise<{ communityId: number; categories: string[] }> {
  assertStaffOf(ctx, input.communityId);
  await assertCommunity(db, input.communityId);
  await checkTexts(ctx, { categories: ['服务类别', input.categories] });
  const before = await categoriesOf(db, input.communityId);
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('request_categories').where('community_id', '=', input.communityId).execute();
    await trx
      .insertInto('request_categories')
      .values(input.categories.map((name, position) => ({ community_id: input.communityId, name, position })))
      .execute();
    await audit(trx, {
      entity: 'community',
      entityId: input.communityId,
      action: 'setRequestCategories',
      from: null,
      to: null,
      actorId: ctx.caller.id,
      communityId: input.communityId,
      note: `${before.join('、')} → ${input.categories.join('、')}`,
      at: ctx.now,
    });
  });
  return { communityId: input.communityId, categories: input.categories };
}
