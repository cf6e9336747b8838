import type { Db } from '../../db/tx';

/** Count and average score of an event's ratings, or null before the first. */
export async function ratingOf(db: Db, eventId: number): Promise<{ count: number; average: number } | null> {
  const row = await db
    .selectFrom('event_signups')
    .select((eb) => [eb.fn.count<number>('rating').as('n'), eb.fn.sum<number>('rating').as('total')])
    .where('event_id', '=', eventId)
    .where('rating', 'is not', null)
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  return count === 0 ? null : { count, average: Math.round((Number(row.total) / count) * 10) / 10 };
}
