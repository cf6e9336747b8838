import type { EventSummary, MonthView } from '../../../../types/events';
import type { Db } from '../../../db/tx';
import { noticeFor } from '../../../lib/official-calendar';
import { localDate, monthRange } from '../../../lib/time';
import type { Ctx } from '../../../core/context';
import { forbidden, invalid, notFound } from '../../../core/errors';
import { canStaff } from '../../../core/scope';
import { monthDays } from '../domain/calendar-days';
import { toSummary } from '../data/mapper';
import { LIVE, SUMMARY_COLUMNS, type SummaryRow } from '../data/events';

/**
 * events.month: the whole month in one call. Two index range reads (the community's own events; the street-wide
 * events of its street), the caller's live sign-ups among them, and the calendar marks (cached per month).
 */
export async function monthView(db: Db, ctx: Ctx, input: { month?: string; communityId?: number }): Promise<MonthView> {
  const month = input.month ?? localDate(ctx.now).slice(0, 7);
  const communityId = input.communityId ?? ctx.caller.communityId ?? ctx.caller.staffCommunityIds[0];
  if (!communityId) throw invalid('请先在“我的”里选择所在社区', 'communityId');
  if (communityId !== ctx.caller.communityId && !canStaff(ctx, communityId)) throw forbidden('只能查看本社区的活动日历');
  const community = await db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'communities.street_id', 'streets.name as street_name'])
    .where('communities.id', '=', communityId)
    .executeTakeFirst();
  if (!community) throw notFound('社区不存在', 'communityId');

  const { first, last } = monthRange(month);
  const base = () =>
    db
      .selectFrom('events')
      .innerJoin('communities', 'communities.id', 'events.community_id')
      .select([...SUMMARY_COLUMNS, 'communities.name as community_name'])
      .where('events.start_date', '>=', first)
      .where('events.start_date', '<=', last);
  const [own, street] = await Promise.all([
    base().where('events.community_id', '=', community.id).execute(),
    base()
      .where('events.street_id', '=', community.street_id)
      .where('events.audience', '=', 'street')
      .where('events.community_id', '<>', community.id)
      .execute(),
  ]);
  const rows: SummaryRow[] = [...own, ...street].sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.id - b.id);

  const mine = await myLiveSignups(db, ctx.caller.id, rows.map((r) => r.id));
  const events = rows.map((r) => toSummary(r, ctx.now, mine.get(r.id) ?? null));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.start_date, (counts.get(r.start_date) ?? 0) + 1);

  return {
    month,
    today: localDate(ctx.now),
    community: { id: community.id, name: community.name, streetName: community.street_name },
    days: monthDays(month).map((d) => ({ ...d, count: counts.get(d.date) ?? 0 })),
    notice: noticeFor([first]),
    events,
  };
}

async function myLiveSignups(db: Db, userId: number, eventIds: number[]): Promise<Map<number, EventSummary['mine']>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('event_signups')
    .select(['event_id', 'status'])
    .where('user_id', '=', userId)
    .where('event_id', 'in', eventIds)
    .where('status', 'in', LIVE)
    .execute();
  return new Map(rows.map((r) => [r.event_id, r.status as EventSummary['mine']]));
}
