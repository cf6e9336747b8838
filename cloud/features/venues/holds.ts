import type { Db } from '../../db/tx';
import type { Ctx } from '../../router/context';
import { notFound } from '../../router/errors';

/**
 * The seam between events and venues: an event held in a venue holds that venue's slots (shown as 社区保留 with the
 * event's title). Events call these inside their transaction; the venues feature implements them.
 */
export interface EventHold {
  eventId: number;
  venueId: number;
  /** UTC instants of the event. */
  startsAt: Date;
  endsAt: Date;
  title: string;
}

export async function holdVenueForEvent(_db: Db, _ctx: Ctx, _hold: EventHold): Promise<void> {
  throw notFound('场地不存在', 'venueId');
}

/** Releases whatever the event holds (cancelled, moved or deleted event). A no-op when it holds nothing. */
export async function releaseVenueForEvent(_db: Db, _ctx: Ctx, _eventId: number): Promise<void> {}
