import type { Db } from '../../db/tx';
import { eventsWithCommunity, type EventRow } from './data/events';

/**
 * Locks and reads the occurrences an edit or a cancellation applies to: the event alone, or with scope 'future' it
 * and every later active occurrence of its series, in date order. The lock is the transaction's first write.
 */
export async function lockOccurrences(trx: Db, e: EventRow, scope: 'one' | 'future'): Promise<EventRow[]> {
  const series = scope === 'future' ? e.series_id : null;
  await trx
    .updateTable('events')
    .set((eb) => ({ lock_version: eb('lock_version', '+', 1) }))
    .where((eb) =>
      series === null
        ? eb('id', '=', e.id)
        : eb.or([eb('id', '=', e.id), eb.and([eb('series_id', '=', series), eb('starts_at', '>=', e.starts_at), eb('status', '=', 'active')])]),
    )
    .execute();
  let q = eventsWithCommunity(trx).selectAll('events').select(['communities.name as community_name', 'streets.name as street_name']);
  q = series === null ? q.where('events.id', '=', e.id) : q.where('events.series_id', '=', series).where('events.starts_at', '>=', e.starts_at).where('events.status', '=', 'active');
  return q.orderBy('events.starts_at').execute();
}
