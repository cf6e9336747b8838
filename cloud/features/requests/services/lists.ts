import type { ActionParsed } from '../../../../types';
import { DEFAULT_CATEGORIES, QUEUE_FILTERS, TASK_FILTERS, type QueueFilter, type QueueResult, type RequestsHome, type RequestSummary, type TaskFilter, type TasksResult, type WorkbenchSummary } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import type { Ctx } from '../../../core/context';
import { findCommunities } from '../../../core/places';
import { assertStaffOf } from '../../../core/scope';
import { categoriesOf } from '../data/categories';
import { countOf, pageOf, queueWhere, summariesOf, taskWhere } from '../data/list-queries';
import { toUnitRef } from '../units/data/mapper';
import { similarCounts } from './seconds';
import { memberUnits } from '../units/data/units';
import { myUnitViews } from '../units/data/views';

/** The lists of 暖心事: mine, the worker's queue, a handler's tasks, and the counts of the 工作台. */

/** 我的暖心事: the caller's own requests, newest first. */
export async function myRequests(db: Db, ctx: Ctx, _input: ActionParsed<'requests.mine'>): Promise<RequestSummary[]> {
  const rows = await db.selectFrom('requests').select('id').where('resident_id', '=', ctx.caller.id).orderBy('id', 'desc').limit(100).execute();
  return summariesOf(db, rows.map((r) => r.id), 'owner');
}

/** The 暖心事 tab: the categories the caller's community offers, their contact for the form, and their own requests. */
export async function requestsHome(db: Db, ctx: Ctx, input: ActionParsed<'requests.home'>): Promise<RequestsHome> {
  const communityId = ctx.caller.communityId;
  const [categories, contact, mine] = await Promise.all([
    communityId ? categoriesOf(db, communityId) : [...DEFAULT_CATEGORIES],
    db.selectFrom('users').select(['phone', 'address']).where('id', '=', ctx.caller.id).executeTakeFirst(),
    myRequests(db, ctx, input),
  ]);
  const address = contact?.address ?? '';
  const similar = communityId ? await similarCounts(db, ctx, communityId, address) : {};
  return { communityId, categories, contact: { phone: contact?.phone ?? '', address }, mine, similar };
}

/** Work still to do is listed oldest first; finished work newest first. */
const QUEUE_OLDEST_FIRST: Record<QueueFilter, boolean> = { pending: true, active: true, overdue: true, review: true, completed: false, closed: false };

export async function queue(db: Db, ctx: Ctx, input: ActionParsed<'requests.queue'>): Promise<QueueResult> {
  assertStaffOf(ctx, input.communityId);
  const page = await pageOf(db, queueWhere(input.communityId, input.filter, input.category), { cursor: input.cursor, oldestFirst: QUEUE_OLDEST_FIRST[input.filter] });
  const counts = await Promise.all(QUEUE_FILTERS.map((f) => countOf(db, queueWhere(input.communityId, f, input.category))));
  return {
    items: await summariesOf(db, page.ids, 'staff'),
    counts: Object.fromEntries(QUEUE_FILTERS.map((f, i) => [f, counts[i]])) as Record<QueueFilter, number>,
    hasMore: page.hasMore,
    categories: await categoriesOf(db, input.communityId),
  };
}

const TASKS_OLDEST_FIRST: Record<TaskFilter, boolean> = { todo: true, doing: true, pool: true, done: false };

export async function tasks(db: Db, ctx: Ctx, input: ActionParsed<'requests.tasks'>): Promise<TasksResult> {
  const units = await memberUnits(db, ctx.caller.id);
  const where = (f: TaskFilter) => taskWhere(ctx.caller.id, units, f);
  const page = await pageOf(db, where(input.filter), { cursor: input.cursor, oldestFirst: TASKS_OLDEST_FIRST[input.filter] });
  const counts = await Promise.all(TASK_FILTERS.map((f) => countOf(db, where(f))));
  return {
    items: await summariesOf(db, page.ids, input.filter === 'pool' ? 'pool' : (row) => (row.handler_id === ctx.caller.id ? 'assignee' : 'unit')),
    counts: Object.fromEntries(TASK_FILTERS.map((f, i) => [f, counts[i]])) as Record<TaskFilter, number>,
    hasMore: page.hasMore,
    units: await myUnitViews(db, units),
  };
}

/** The communities whose queue the caller works: a worker's own; an admin's home community. */
function queueCommunityIds(ctx: Ctx): number[] {
  if (ctx.caller.role === 'worker') return ctx.caller.staffCommunityIds;
  if (ctx.caller.role === 'admin' && ctx.caller.communityId) return [ctx.caller.communityId];
  return [];
}

/** The 工作台 section (through the seam): what waits for this worker (to dispatch, overdue, to review) and this handler. */
export async function requestsWorkbench(db: Db, ctx: Ctx): Promise<WorkbenchSummary> {
  const communities = await findCommunities(db, queueCommunityIds(ctx));
  const staff = await Promise.all(
    communities.map(async (c) => {
      const [pending, overdue, review, active] = await Promise.all(
        (['pending', 'overdue', 'review', 'active'] as const).map((f) => countOf(db, queueWhere(c.id, f))),
      );
      return { communityId: c.id, communityName: c.name, pending, overdue, review, active };
    }),
  );
  const units = ctx.caller.role === 'resident' ? [] : await memberUnits(db, ctx.caller.id);
  if (units.length === 0) return { staff, handler: null };
  const [todo, doing, pool] = await Promise.all(
    (['todo', 'doing', 'pool'] as const).map((f) => countOf(db, taskWhere(ctx.caller.id, units, f))),
  );
  return { staff, handler: { todo, doing, pool, units: units.map(toUnitRef) } };
}
