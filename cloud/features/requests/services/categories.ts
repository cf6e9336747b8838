import type { ActionParsed } from '../../../../types';
import { DEFAULT_CATEGORIES, DEFAULT_PUBLIC_CATEGORIES, type CategoryList } from '../../../../types/requests';
import { audit } from '../../../db/audit';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { invalid, notFound } from '../../../core/errors';
import { findCommunity } from '../../../core/places';
import { checkTexts } from '../../../core/text-check';
import { assertStaffOf } from '../../../core/scope';
import { categoryListOf } from '../data/categories';

async function assertCommunity(db: Db, communityId: number): Promise<void> {
  if (!(await findCommunity(db, communityId))) throw notFound('社区不存在', 'communityId');
}

/** The categories residents of a community may order: the caller's own community unless another is named. */
export async function getCategories(db: Db, ctx: Ctx, input: ActionParsed<'requests.categories'>): Promise<CategoryList> {
  const communityId = input.communityId ?? ctx.caller.communityId;
  if (input.communityId !== undefined) await assertCommunity(db, input.communityId);
  if (!communityId) return { communityId, categories: [...DEFAULT_CATEGORIES], publicCategories: [...DEFAULT_PUBLIC_CATEGORIES] };
  return { communityId, ...(await categoryListOf(db, communityId)) };
}

/**
 * A worker sets which categories residents of their community may order, and which are public-space (公共区域: their
 * open requests are shown to the community's residents for 附议). Existing requests keep theirs.
 */
export async function setCategories(db: Db, ctx: Ctx, input: ActionParsed<'requests.setCategories'>): Promise<CategoryList & { communityId: number }> {
  assertStaffOf(ctx, input.communityId);
  await assertCommunity(db, input.communityId);
  await checkTexts(ctx, { categories: ['服务类别', input.categories] });
  const current = await categoryListOf(db, input.communityId);
  const before = current.categories;
  const wanted = input.publicCategories ?? current.publicCategories.filter((c) => input.categories.includes(c));
  const stray = wanted.find((c) => !input.categories.includes(c));
  if (stray) throw invalid(`公共区域类别「${stray}」不在服务类别中`, 'publicCategories');
  const publicCategories = input.categories.filter((c) => wanted.includes(c));
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('request_categories').where('community_id', '=', input.communityId).execute();
    await trx
      .insertInto('request_categories')
      .values(input.categories.map((name, position) => ({ community_id: input.communityId, name, position, public: publicCategories.includes(name) ? 1 : 0 })))
      .execute();
    await audit(trx, {
      entity: 'community',
      entityId: input.communityId,
      action: 'setRequestCategories',
      from: null,
      to: null,
      actorId: ctx.caller.id,
      communityId: input.communityId,
      note: `${before.join('、')} → ${input.categories.join('、')}（公共区域：${publicCategories.join('、') || '无'}）`,
      at: ctx.now,
    });
  });
  return { communityId: input.communityId, categories: input.categories, publicCategories };
}
