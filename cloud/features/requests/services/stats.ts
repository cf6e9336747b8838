import type { ActionParsed } from '../../../../types';
import type { StatsOverview } from '../../../../types/requests';
import type { Db } from '../../../db/tx';
import { addDays, localDate, monthRange, toInstant } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { findCommunity } from '../../../core/places';
import { assertStaffOf } from '../../../core/scope';
import { summarize, type StatsRequest } from '../domain/stats';
import { categoriesOf } from '../data/categories';
import { countOf, queueWhere } from '../data/list-queries';
import { unitsReaching } from '../units/data/units';

/** stats.overview: a community's month in figures (Shanghai month boundaries). */
export async function statsOverview(db: Db, ctx: Ctx, input: ActionParsed<'stats.overview'>): Promise<StatsOverview> {
  assertStaffOf(ctx, input.communityId);
  const community = await findCommunity(db, input.communityId);
  if (!community) throw notFound('社区不存在', 'communityId');
  const currentMonth = localDate(ctx.now).slice(0, 7);
  const month = input.month ?? currentMonth;
  const { first, last } = monthRange(month);
  const from = toInstant(first);
  const to = toInstant(addDays(last, 1));
  const [fromIso, toIso] = [from.toISOString(), to.toISOString()];

  // Requests ordered in the month, or with a step in it; their whole history, to find the 派单 before a 接单.
  const touched = await db
    .selectFrom('request_steps')
    .innerJoin('requests', 'requests.id', 'request_steps.request_id')
    .select('requests.id')
    .distinct()
    .where('requests.community_id', '=', input.communityId)
    .where('request_steps.at', '>=', fromIso)
    .where('request_steps.at', '<', toIso)
    .execute();
  const ids = touched.map((r) => r.id);
  const [requests, steps, ratings, neighbourRatings, categories, units] = await Promise.all([
    ids.length ? db.selectFrom('requests').select(['id', 'category', 'source', 'created_at']).where('id', 'in', ids).execute() : [],
    ids.length
      ? db.selectFrom('request_steps').select(['request_id', 'kind', 'at', 'unit_id']).where('request_id', 'in', ids).orderBy('id').execute()
      : [],
    db
      .selectFrom('request_ratings')
      .innerJoin('requests', 'requests.id', 'request_ratings.request_id')
      .select(['requests.category', 'requests.source', 'request_ratings.unit_id', 'request_ratings.stars', 'request_ratings.created_at'])
      .where('requests.community_id', '=', input.communityId)
      .where('request_ratings.created_at', '>=', fromIso)
      .where('request_ratings.created_at', '<', toIso)
      .execute(),
    // 附议: each neighbour's rating counts as a rating of the request (credited to the unit that did it).
    db
      .selectFrom('request_seconds')
      .innerJoin('requests', 'requests.id', 'request_seconds.request_id')
      .select(['requests.category', 'requests.source', 'requests.unit_id', 'request_seconds.stars', 'request_seconds.rated_at'])
      .where('requests.community_id', '=', input.communityId)
      .where('request_seconds.rated_at', '>=', fromIso)
      .where('request_seconds.rated_at', '<', toIso)
      .execute(),
    categoriesOf(db, input.communityId),
    unitsReaching(db, { communityId: community.id, streetId: community.streetId }),
  ]);
  const byRequest = new Map<number, StatsRequest>(requests.map((r) => [r.id, { id: r.id, category: r.category, source: r.source, createdAt: r.created_at, steps: [] }]));
  for (const s of steps) byRequest.get(s.request_id)?.steps.push({ kind: s.kind, at: s.at, unitId: s.unit_id });

  const figures = summarize({
    from,
    to,
    requests: [...byRequest.values()],
    ratings: [
      ...ratings.map((r) => ({ category: r.category, source: r.source, unitId: r.unit_id, stars: r.stars, at: r.created_at })),
      ...neighbourRatings.map((r) => ({ category: r.category, source: r.source, unitId: r.unit_id, stars: Number(r.stars), at: r.rated_at ?? '' })),
    ],
    categories,
    units: units.map((u) => ({ id: u.id, name: u.name })),
  });
  return {
    month,
    currentMonth,
    communityName: community.name,
    ...figures,
    overdueOpen: await countOf(db, queueWhere(input.communityId, 'overdue')),
  };
}
