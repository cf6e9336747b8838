import type { ActionParsed } from '../../../../../types';
import { UNIT_KIND_LABELS, UNIT_SCOPE_LABELS, type ManagedUnit, type UnitsOverview } from '../../../../../types/requests/units';
import { audit } from '../../../../db/audit';
import { inTransaction, type Db } from '../../../../db/tx';
import type { Ctx } from '../../../../core/context';
import { conflict, notFound } from '../../../../core/errors';
import { checkTexts } from '../../../../core/text-check';
import { findCommunity } from '../../../../core/places';
import { assertStaffOf } from '../../../../core/scope';
import { listText } from '../../data/json-list';
import type { UnitScope } from '../domain/reach';
import { assertOffered, offeredCategories } from '../data/offered-categories';
import { assertManages } from '../data/scope';
import { loadUnit, unitsReaching, waitingFor, type UnitRecord } from '../data/units';
import { managedView, managedViews } from '../data/views';

/** 处理单位管理: workers list, create and edit the units that reach their community. */

async function communityOf(db: Db, communityId: number) {
  const community = await findCommunity(db, communityId);
  if (!community) throw notFound('社区不存在', 'communityId');
  return community;
}

/** The community's own units, then its street's, stopped ones included. */
export async function listUnits(db: Db, ctx: Ctx, input: ActionParsed<'units.list'>): Promise<UnitsOverview> {
  assertStaffOf(ctx, input.communityId);
  const community = await communityOf(db, input.communityId);
  const units = await unitsReaching(db, { communityId: community.id, streetId: community.streetId }, { stopped: true });
  units.sort((a, b) => Number(a.community_id === null) - Number(b.community_id === null) || a.id - b.id);
  const [views, own, street] = await Promise.all([
    managedViews(db, units),
    offeredCategories(db, { street_id: community.streetId, community_id: community.id }),
    offeredCategories(db, { street_id: community.streetId, community_id: null }),
  ]);
  return {
    communityId: community.id,
    communityName: community.name,
    streetName: community.streetName,
    options: { community: own, street },
    units: views,
  };
}

/** Two units with one name in one place would be told apart by nobody: refused (checked after the write). */
async function assertNameFree(db: Db, unit: UnitScope & { id: number; name: string }): Promise<void> {
  const same = await db
    .selectFrom('handler_units')
    .select('id')
    .where('name', '=', unit.name)
    .where('street_id', '=', unit.street_id)
    .where('id', '!=', unit.id)
    .where((eb) => (unit.community_id === null ? eb('community_id', 'is', null) : eb('community_id', '=', unit.community_id)))
    .executeTakeFirst();
  if (same) throw conflict(`已有名为「${unit.name}」的处理单位`);
}

export async function createUnit(db: Db, ctx: Ctx, input: ActionParsed<'units.create'>): Promise<ManagedUnit> {
  assertStaffOf(ctx, input.communityId);
  const community = await communityOf(db, input.communityId);
  const scope: UnitScope = { street_id: community.streetId, community_id: input.scope === 'community' ? community.id : null };
  await assertOffered(db, scope, input.categories);
  await checkTexts(ctx, { name: ['单位名称', input.name] });
  return inTransaction(db, async (trx) => {
    const res = await trx
      .insertInto('handler_units')
      .values({ ...scope, name: input.name, kind: input.kind, categories: listText(input.categories), phone: input.phone, active: 1, created_at: ctx.now.toISOString() })
      .executeTakeFirstOrThrow();
    const id = Number(res.insertId);
    await assertNameFree(trx, { ...scope, id, name: input.name });
    await audit(trx, {
      entity: 'handler_unit',
      entityId: id,
      action: 'createUnit',
      from: null,
      to: 'active',
      actorId: ctx.caller.id,
      communityId: community.id,
      note: `${input.name}（${UNIT_KIND_LABELS[input.kind]}，${UNIT_SCOPE_LABELS[input.scope]}）服务：${input.categories.join('、')}`,
      at: ctx.now,
    });
    return managedView(trx, id);
  });
}

/** What changed, in words, for the audit log. */
function changes(before: UnitRecord, after: ActionParsed<'units.update'>): string[] {
  const out: string[] = [];
  if (before.name !== after.name) out.push(`名称：${before.name} → ${after.name}`);
  if (before.kind !== after.kind) out.push(`类型：${UNIT_KIND_LABELS[before.kind]} → ${UNIT_KIND_LABELS[after.kind]}`);
  if (before.categories.join('、') !== after.categories.join('、')) out.push(`服务类别：${before.categories.join('、')} → ${after.categories.join('、')}`);
  if (before.phone !== after.phone) out.push(`服务电话：${before.phone || '无'} → ${after.phone || '无'}`);
  if ((before.active === 1) !== after.active) out.push(after.active ? '启用' : '停用');
  return out;
}

/** Edits a unit. Its reach (community or street) stays as created: the requests dispatched to it depend on it. */
export async function updateUnit(db: Db, ctx: Ctx, input: ActionParsed<'units.update'>): Promise<ManagedUnit> {
  const unit = await loadUnit(db, input.id);
  await assertManages(db, ctx, unit);
  await assertOffered(db, unit, input.categories, unit.categories);
  await checkTexts(ctx, { name: ['单位名称', input.name] });
  const changed = changes(unit, input);
  return inTransaction(db, async (trx) => {
    await trx
      .updateTable('handler_units')
      .set({ name: input.name, kind: input.kind, categories: listText(input.categories), phone: input.phone, active: input.active ? 1 : 0 })
      .where('id', '=', unit.id)
      .execute();
    if (changed.length === 0) return managedView(trx, unit.id);
    if (input.name !== unit.name) await assertNameFree(trx, { ...unit, name: input.name });
    if (unit.active === 1 && !input.active) {
      const waiting = await waitingFor(trx, unit.id);
      if (waiting > 0) throw conflict(`该单位还有${waiting}件待接单的暖心事，请先改派再停用`);
    }
    await audit(trx, {
      entity: 'handler_unit',
      entityId: unit.id,
      action: 'updateUnit',
      from: unit.active === 1 ? 'active' : 'stopped',
      to: input.active ? 'active' : 'stopped',
      actorId: ctx.caller.id,
      communityId: unit.community_id,
      note: changed.join('；'),
      at: ctx.now,
    });
    return managedView(trx, unit.id);
  });
}
