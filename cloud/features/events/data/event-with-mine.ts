import { sql } from 'kysely';
import { fixedQuery } from '../../../db/fixed';
import type { Db } from '../../../db/tx';
import { eventsWithCommunity, type EventRow } from './events';
import { toRating, type SignupRow } from './signups';

/**
 * An event and the caller's sign-up on it in one statement (a LEFT JOIN on the unique (event, user) key): what a
 * sign-up checks before its gate, and — with the rating and the waitlist place — everything the detail screen reads.
 * One statement instead of a batch of four: on MySQL the batch was one round trip already, but on SQLite every
 * statement is a trip through Kysely and the driver, and the detail is read after every sign-up.
 */

const MINE_COLUMNS = [
  'id',
  'event_id',
  'user_id',
  'party_size',
  'status',
  'seq',
  'checked_in_at',
  'rating',
  'rating_comment',
  'rated_at',
  'removed_reason',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof SignupRow)[];

type MineColumns = { [K in (typeof MINE_COLUMNS)[number] as `mine_${K}`]: SignupRow[K] | null };
export type EventWithMineRow = EventRow & MineColumns;
export type EventDetailRow = EventWithMineRow & { rating_n: number | string; rating_total: number | string | null; mine_place: number | string | null };

function eventWithMine(db: Db, p: { id: number; userId: number }) {
  return eventsWithCommunity(db)
    .leftJoin('event_signups as mine', (join) => join.onRef('mine.event_id', '=', 'events.id').on('mine.user_id', '=', p.userId))
    .selectAll('events')
    .select(['communities.name as community_name', 'streets.name as street_name'])
    .select(MINE_COLUMNS.map((c) => `mine.${c} as mine_${c}` as const))
    .where('events.id', '=', p.id);
}

/**
 * The detail's read. The rating counts only rated sign-ups (an index range on SQLite's partial index). The place is
 * the line's length (the event's `waiting` counter, which every change of a waitlist place keeps in step in the same
 * transaction) less those waiting behind the caller: whoever just joined — the detail after a sign-up, hundreds a
 * second at 08:00 — has few behind, where counting those ahead walked the whole line. Meaningful only while waiting.
 */
const detail = fixedQuery((db, p: { id: number; userId: number }) =>
  eventWithMine(db, p).select((eb) => [
    eb.selectFrom('event_signups as rated').select((x) => x.fn.count<number>('rated.rating').as('n')).whereRef('rated.event_id', '=', 'events.id').where('rated.rating', 'is not', null).as('rating_n'),
    eb.selectFrom('event_signups as rated').select((x) => x.fn.sum<number>('rated.rating').as('total')).whereRef('rated.event_id', '=', 'events.id').where('rated.rating', 'is not', null).as('rating_total'),
    sql<number>`${eb.ref('events.waiting')} - ${eb
      .selectFrom('event_signups as behind')
      .select((x) => x.fn.countAll<number>().as('n'))
      .whereRef('behind.event_id', '=', 'events.id')
      .where('behind.status', '=', 'waitlisted')
      .whereRef('behind.seq', '>', 'mine.seq')}`.as('mine_place'),
  ]),
);

/** An event as its detail screen shows it to one person. */
export interface EventDetailFound {
  event: EventRow;
  mine: SignupRow | null;
  rating: ReturnType<typeof toRating>;
  place: number | null;
}

export async function findEventDetail(db: Db, eventId: number, userId: number): Promise<EventDetailFound | null> {
  const row = (await detail(db, { id: eventId, userId }).executeTakeFirst()) as EventDetailRow | undefined;
  if (!row) return null;
  const mine = mineOf(row);
  return {
    event: row,
    mine,
    rating: toRating({ n: row.rating_n, total: row.rating_total }),
    place: mine?.status === 'waitlisted' && row.mine_place !== null ? Number(row.mine_place) : null,
  };
}

/** The caller's sign-up out of the joined row (its columns prefixed mine_), or null when there is none. */
function mineOf(row: MineColumns): SignupRow | null {
  if (row.mine_id === null) return null;
  const out: Record<string, unknown> = {};
  for (const c of MINE_COLUMNS) out[c] = row[`mine_${c}`];
  return out as unknown as SignupRow;
}
