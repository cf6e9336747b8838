import type { ActionParsed } from '../../../../types';
import { FILE_FOR_KINDS, FILED_SOURCES, type FileForKind, type FileForPage, type FiledSource, type RequestDetail } from '../../../../types/requests';
import { inTransaction, type Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { forbidden, invalid, notFound } from '../../../core/errors';
import { offlineOpenid } from '../../../core/offline-people';
import { findCommunity } from '../../../core/places';
import { canStaff, residentInScope } from '../../../core/scope';
import { checkTexts, screenText } from '../../../core/text-check';
import { categoriesOf } from '../data/categories';
import { gist, tellUser } from '../data/notices';
import { submitPhotos } from '../data/photo-checks';
import { assertPhotosStored } from '../data/stored-photos';
import { openRequest } from '../data/transition';
import { inScope } from '../units/domain/reach';
import { memberUnits } from '../units/data/units';
import { getRequest } from './detail';
import { afterOpening } from './order';

/**
 * 代点单 and 网格上报: a worker files a 暖心事 for someone else — a registered resident of their community, a person
 * without the app (a hotline caller, an elder at the counter), or a public-space problem with no owner — and a grid
 * worker (a member of a 网格员 unit reaching the community) reports a public-space problem found on patrol. The source
 * (网格员上报 / 热线 / 来访) is recorded on the request, its timeline and the audit log.
 *
 * Who may file what: the community's workers (and admins) everything, from any source. A grid worker who is not a worker
 * of the community files public-space problems only, as 网格员上报: a person's need met on patrol goes to the workers,
 * who may look residents up and see their details (a grid worker would not see the request once filed).
 */

interface Place {
  id: number;
  name: string;
  /** The caller is a worker of it (or an admin): every kind and source. */
  staff: boolean;
}

/** Where the caller may file: the communities they serve as a worker (all, for an admin) and those their grid units reach. */
async function filingPlaces(db: Db, ctx: Ctx): Promise<Place[]> {
  const all = await db.selectFrom('communities').select(['id', 'name', 'street_id']).orderBy('id').execute();
  const grids = (await memberUnits(db, ctx.caller.id)).filter((u) => u.kind === 'grid');
  return all
    .map((c) => ({ id: c.id, name: c.name, staff: canStaff(ctx, c.id), grid: grids.some((u) => inScope(u, { communityId: c.id, streetId: c.street_id })) }))
    .filter((c) => c.staff || c.grid)
    .map(({ id, name, staff }) => ({ id, name, staff }));
}

const may = (staff: boolean): { kinds: FileForKind[]; sources: FiledSource[] } =>
  staff ? { kinds: [...FILE_FOR_KINDS], sources: [...FILED_SOURCES] } : { kinds: ['public'], sources: ['grid'] };

/** The 代点单 form in one call: the places, the chosen one's categories, and whom and how the caller may file there. */
export async function fileForPage(db: Db, ctx: Ctx, input: ActionParsed<'requests.fileForPage'>): Promise<FileForPage> {
  const places = await filingPlaces(db, ctx);
  const chosen = input.communityId === undefined ? places[0] : places.find((p) => p.id === input.communityId);
  if (input.communityId !== undefined && !chosen) throw notFound('您不负责这个社区，不能在这里代点单', 'communityId');
  return {
    communities: places.map(({ id, name }) => ({ id, name })),
    communityId: chosen?.id ?? null,
    categories: chosen ? await categoriesOf(db, chosen.id) : [],
    ...(chosen ? may(chosen.staff) : { kinds: [], sources: [] }),
  };
}

/** Whom the request is for, as stored: its owner (resident_id), their number, and whom to tell. */
interface Owner {
  /** Absent for a person without the app met for the first time (newPerson). */
  residentId?: number;
  phone: string;
  /** A person without the app who has no record yet: created in the transaction. */
  newPerson?: { name: string; phone: string };
  /** A registered resident learns in 消息通知 that the community filed it for them. */
  tell: boolean;
}

async function ownerOf(db: Db, ctx: Ctx, input: ActionParsed<'requests.fileFor'>): Promise<Owner> {
  if (input.kind !== 'resident' && input.residentId !== undefined) throw invalid('只有代已注册居民点单时才选择居民', 'residentId');
  if (input.kind !== 'person' && input.personName !== undefined) throw invalid('只有代未用小程序的群众点单时才填写群众姓名', 'personName');
  if (input.kind === 'resident') {
    if (input.residentId === undefined) throw invalid('请先按姓名或手机号找到这位居民', 'residentId');
    const person = await residentInScope(db, ctx, input.residentId, 'residentId');
    if (person.communityId !== input.communityId) throw invalid('这位居民不在所选社区，请先切换社区', 'residentId');
    const row = await db.selectFrom('users').select('phone').where('id', '=', person.id).executeTakeFirstOrThrow();
    const phone = input.phone ?? row.phone;
    if (!phone) throw invalid('这位居民没有登记手机号，请填写联系电话', 'phone');
    return { residentId: person.id, phone, tell: true };
  }
  if (input.kind === 'person') {
    if (input.personName === undefined) throw invalid('请填写群众姓名', 'personName');
    if (input.phone === undefined) throw invalid('请填写联系电话，办结后要电话回访', 'phone');
    // The same caller again (same name and number, same community): their earlier record, so their requests stay together.
    const known = await db
      .selectFrom('users')
      .select('id')
      .where('community_id', '=', input.communityId)
      .where('phone', '=', input.phone)
      .where('name', '=', input.personName)
      .where('openid', 'like', 'offline:%')
      .orderBy('id')
      .executeTakeFirst();
    if (known) return { residentId: known.id, phone: input.phone, tell: false };
    return { phone: input.phone, newPerson: { name: input.personName, phone: input.phone }, tell: false };
  }
  // A public-space problem is owned by whoever reported it: the handler's feedback comes back to them, and they rate it.
  const me = await db.selectFrom('users').select('phone').where('id', '=', ctx.caller.id).executeTakeFirstOrThrow();
  return { residentId: ctx.caller.id, phone: input.phone ?? me.phone, tell: false };
}

/** requests.fileFor: checks who may, whom for and the content, then opens the request as 待派单 (or 待审核). */
export async function fileFor(db: Db, ctx: Ctx, input: ActionParsed<'requests.fileFor'>): Promise<RequestDetail> {
  const community = await findCommunity(db, input.communityId);
  if (!community) throw notFound('社区不存在', 'communityId');
  const staff = canStaff(ctx, community.id);
  if (!staff) {
    const units = await memberUnits(db, ctx.caller.id);
    if (!units.some((u) => u.kind === 'grid' && inScope(u, { communityId: community.id, streetId: community.streetId }))) {
      throw forbidden('只有本社区的工作人员或网格员可以代点单');
    }
    if (input.kind !== 'public') throw forbidden('网格员只能上报公共区域问题，居民的事请转社区工作人员登记');
    if (input.source !== 'grid') throw invalid('网格员巡查发现的问题，来源请选「网格员上报」', 'source');
  }
  if (!(await categoriesOf(db, community.id)).includes(input.category)) throw invalid('请选择本社区提供的服务类别', 'category');
  const owner = await ownerOf(db, ctx, input);
  await assertPhotosStored(ctx, input.photos, 'photos');
  await checkTexts(ctx, { address: ['服务地址', input.address], ...(owner.newPerson ? { personName: ['群众姓名', owner.newPerson.name] } : {}) });
  const verdict = await screenText(ctx, input.description);
  const photos = await submitPhotos(ctx, input.photos);

  const { id } = await inTransaction(db, async (trx) => {
    const at = ctx.now.toISOString();
    let residentId = owner.residentId ?? 0;
    if (owner.newPerson) {
      // The first statement is a write (SQLite): the record of the person without the app.
      const res = await trx
        .insertInto('users')
        .values({ openid: offlineOpenid(), role: 'resident', name: owner.newPerson.name, phone: owner.newPerson.phone, address: '', community_id: community.id, created_at: at, updated_at: at })
        .executeTakeFirstOrThrow();
      residentId = Number(res.insertId);
    }
    const opened = await openRequest(trx, {
      communityId: community.id,
      residentId,
      category: input.category,
      description: input.description,
      address: input.address,
      phone: owner.phone,
      preferredTime: input.preferredTime,
      photos: input.photos,
      heldFor: verdict.pass ? null : (verdict.label ?? '内容安全检测未通过'),
      at: ctx.now,
      filed: { by: ctx.caller.id, source: input.source, subject: input.kind },
    });
    await afterOpening(trx, ctx, { id: opened.id, communityId: community.id, category: input.category, description: input.description, passed: verdict.pass, photos });
    if (owner.tell) {
      await tellUser(trx, ctx.now, residentId, { requestId: opened.id, kind: 'request.filed', subject: input.category, status: '已登记', title: '社区已为您登记暖心事', body: gist(input.category, input.description) });
    }
    return opened;
  });
  return getRequest(db, ctx, { id });
}
