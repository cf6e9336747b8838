import type { ActionParsed, GroupsPage, MyGroups } from '../../../../types';
import { audit } from '../../../db/audit';
import { batch } from '../../../db/batch';
import { inTransaction, type Db } from '../../../db/tx';
import { iso, localDate } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { invalid, notFound } from '../../../core/errors';
import { assertStaffOf } from '../../../core/scope';
import { checkTexts } from '../../../core/text-check';
import { groupRoomsQuery, groupsJoined, groupView, occurrencesQuery, seriesBrief, seriesJoined, type GroupJoined, type GroupRoomRow, type OccurrenceRow, type SeriesJoined } from '../data/groups';
import type { VenueRow } from '../data/tables';
import { canManage } from '../data/venues';

/** Resident groups: a worker registers them (团体管理); their contact sees them with their series (团体预约). */

const LIMIT = 200;

/** 团体管理: the groups of the communities the worker serves (an admin: every group), and the rooms they run. */
export async function listGroups(db: Db, ctx: Ctx, _input?: unknown): Promise<GroupsPage> {
  const admin = ctx.caller.role === 'admin';
  const served = admin ? null : ctx.caller.staffCommunityIds;
  if (served && served.length === 0) return { communities: [], rooms: [], groups: [] };
  let groups = groupsJoined(db).orderBy('venue_groups.community_id').orderBy('venue_groups.id').limit(LIMIT);
  let rooms = db.selectFrom('venues').select(['id', 'name', 'community_id']).where('active', '=', 1).orderBy('id').limit(LIMIT);
  if (served) {
    groups = groups.where('venue_groups.community_id', 'in', served);
    rooms = rooms.where('community_id', 'in', served);
  }
  const [g, r] = await batch(db, [groups, rooms]);
  const groupRows = g.rows as GroupJoined[];
  const roomRows = r.rows as { id: number; name: string; community_id: number }[];
  const communityIds = [...new Set([...(served ?? []), ...roomRows.map((x) => x.community_id)])];
  const [communities, groupRooms] = await batch(db, [
    db.selectFrom('communities').select(['id', 'name']).where('id', 'in', communityIds.length ? communityIds : [0]).orderBy('id'),
    groupRoomsQuery(db, groupRows.map((x) => x.id)),
  ]);
  return {
    communities: communities.rows as { id: number; name: string }[],
    rooms: roomRows.map((x) => ({ id: x.id, name: x.name, communityId: x.community_id })),
    groups: groupRows.map((x) => groupView(x, groupRooms.rows as GroupRoomRow[])),
  };
}

/**
 * A worker registers a group of a community they serve, or changes one: its name and kind, its contact (a resident of
 * the community, found by their phone), the rooms it may book (rooms the worker runs that the community may use) and
 * its weekly quota. Answers with 团体管理 as it is now.
 */
export async function upsertGroup(db: Db, ctx: Ctx, input: ActionParsed<'groups.upsert'>): Promise<number> {
  assertStaffOf(ctx, input.communityId);
  await checkTexts(ctx, { name: ['团体名称', input.name] });
  const venueIds = [...new Set(input.venueIds)];
  return inTransaction(db, async (trx) => {
    const at = iso(ctx.now);
    const values = { community_id: input.communityId, name: input.name, kind: input.kind, weekly_minutes: input.weeklyMinutes, active: input.active ? 1 : 0, updated_at: at };
    let id = input.id;
    let from: string | null = null;
    if (id !== undefined) {
      // The write first (SQLite), and the group's lock: a series being booked counts its quota under it.
      await trx.updateTable('venue_groups').set((eb) => ({ lock_version: eb('lock_version', '+', 1) })).where('id', '=', id!).execute();
      const old = await trx.selectFrom('venue_groups').select(['community_id', 'active']).where('id', '=', id).executeTakeFirst();
      if (!old || !canManageCommunity(ctx, old.community_id)) throw notFound('团体不存在', 'id');
      from = old.active === 1 ? 'active' : 'inactive';
    }
    const [contact, community, rooms] = await batch(trx, [
      trx.selectFrom('users').select(['id']).where('phone', '=', input.contactPhone).where('community_id', '=', input.communityId).orderBy('id').limit(1),
      trx.selectFrom('communities').select(['id', 'street_id']).where('id', '=', input.communityId),
      trx.selectFrom('venues').selectAll().where('id', 'in', venueIds),
    ]);
    const person = contact.rows[0] as { id: number } | undefined;
    if (!person) throw notFound('该社区没有用这个手机号登记的居民，请联系人先在「我的」中填写手机号', 'contactPhone');
    const street = (community.rows[0] as { street_id: number } | undefined)?.street_id;
    const usable = (rooms.rows as VenueRow[]).filter((v) => canManage(ctx, v) && (v.community_id === input.communityId || (v.street_wide === 1 && v.street_id === street)));
    if (usable.length !== venueIds.length) throw notFound('所选场地不存在，或不是该社区可用的场地', 'venueIds');
    if (id === undefined) {
      const res = await trx.insertInto('venue_groups').values({ ...values, contact_user_id: person.id, lock_version: 0, created_at: at }).executeTakeFirstOrThrow();
      id = Number(res.insertId);
    } else {
      await trx.updateTable('venue_groups').set({ ...values, contact_user_id: person.id }).where('id', '=', id).execute();
      await trx.deleteFrom('venue_group_rooms').where('group_id', '=', id).execute();
    }
    await trx.insertInto('venue_group_rooms').values(venueIds.map((venueId) => ({ group_id: id!, venue_id: venueId }))).execute();
    await audit(trx, { entity: 'venue_group', entityId: id, action: from ? 'update' : 'create', from, to: input.active ? 'active' : 'inactive', actorId: ctx.caller.id, communityId: input.communityId, note: null, at: ctx.now });
    return id;
  });
}

const canManageCommunity = (ctx: Ctx, communityId: number) => ctx.caller.role === 'admin' || ctx.caller.staffCommunityIds.includes(communityId);

/** The contact's groups (active ones), each with the rooms it may book, its quota and its series (latest first). */
export async function myGroups(db: Db, ctx: Ctx, _input?: unknown): Promise<MyGroups> {
  const groups = (await groupsJoined(db).where('venue_groups.contact_user_id', '=', ctx.caller.id).where('venue_groups.active', '=', 1).orderBy('venue_groups.id').limit(20).execute()) as GroupJoined[];
  const ids = groups.map((g) => g.id);
  const [rooms, series] = await batch(db, [
    groupRoomsQuery(db, ids).where('venues.active', '=', 1),
    seriesJoined(db).where('venue_series.group_id', 'in', ids.length ? ids : [0]).orderBy('venue_series.first_date', 'desc').orderBy('venue_series.id', 'desc').limit(100),
  ]);
  const seriesRows = series.rows as SeriesJoined[];
  const occurrences = seriesRows.length ? ((await occurrencesQuery(db, seriesRows.map((s) => s.id)).execute()) as OccurrenceRow[]) : [];
  return {
    today: localDate(ctx.now),
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      weeklyMinutes: g.weekly_minutes,
      rooms: (rooms.rows as GroupRoomRow[]).filter((r) => r.group_id === g.id).map((r) => ({ id: r.id, name: r.name })),
      series: seriesRows.filter((s) => s.group_id === g.id).map((s) => seriesBrief(s, occurrences)),
    })),
  };
}

/** A refusal of a group the caller is not the contact of: it does not exist to them. */
export const noGroup = () => notFound('团体不存在，或您不是该团体的联系人', 'groupId');
export const notGroupRoom = () => invalid('该团体不能预约此场地，请联系社区工作人员添加', 'venueId');
