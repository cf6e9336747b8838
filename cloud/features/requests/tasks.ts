import { sql } from 'kysely';
import { TASK_FILTERS, type TaskFilter, type TasksResult } from '../../../types/requests';
import type { Db } from '../../db/tx';
import type { Ctx } from '../../core/context';
import { TASK_STATUSES } from './domain/queue';
import { countOf, pageOf, summariesOf, type RequestsWhere } from './lists';
import { toUnitRef } from './mappers/unit';
import { memberUnits, type UnitRecord } from './records';

/**
 * A handler's lists: 待接单 = dispatched to one of their units; 处理中 / 已完成 = taken on by them; 认领池 = open in a
 * category one of their units declares, in a community it reaches. Nothing else is visible to them.
 */
export function taskWhere(userId: number, units: UnitRecord[], filter: TaskFilter): RequestsWhere {
  return (eb) => {
    const status = eb('requests.status', 'in', TASK_STATUSES[filter]);
    if (filter === 'todo') return eb.and([status, eb('requests.unit_id', 'in', units.length ? units.map((u) => u.id) : [0])]);
    if (filter !== 'pool') return eb.and([status, eb('requests.handler_id', '=', userId)]);
    const reach = units
      .filter((u) => u.categories.length > 0)
      .map((u) =>
        eb.and([
          eb('requests.category', 'in', u.categories),
          u.community_id !== null
            ? eb('requests.community_id', '=', u.community_id)
            : eb('requests.community_id', 'in', eb.selectFrom('communities').select('communities.id').where('communities.street_id', '=', u.street_id)),
        ]),
      );
    // No unit declares a category: nothing is in reach. (A bound `false` is no value SQLite can take.)
    return reach.length ? eb.and([status, eb.or(reach)]) : sql<boolean>`1 = 0`;
  };
}

const OLDEST_FIRST: Record<TaskFilter, boolean> = { todo: true, doing: true, pool: true, done: false };

export async function tasks(db: Db, ctx: Ctx, input: { filter: TaskFilter; cursor?: number }): Promise<TasksResult> {
  const units = await memberUnits(db, ctx.caller.id);
  const where = (f: TaskFilter) => taskWhere(ctx.caller.id, units, f);
  const page = await pageOf(db, where(input.filter), { cursor: input.cursor, oldestFirst: OLDEST_FIRST[input.filter] });
  const counts = await Promise.all(TASK_FILTERS.map((f) => countOf(db, where(f))));
  return {
    items: await summariesOf(db, page.ids, input.filter === 'pool' ? 'pool' : (row) => (row.handler_id === ctx.caller.id ? 'assignee' : 'unit')),
    counts: Object.fromEntries(TASK_FILTERS.map((f, i) => [f, counts[i]])) as Record<TaskFilter, number>,
    hasMore: page.hasMore,
    units: units.map(toUnitRef),
  };
}
