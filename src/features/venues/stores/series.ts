import type { SeriesView } from '../../../../types/venues/group-models';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';

/** One group's weekly series (series.get); a review or a cancel answers with the series as it is now. */
export class SeriesStore extends Resource<SeriesView> {
  constructor(readonly id: number) {
    super(() => call('series.get', { seriesId: id }));
  }

  async review(decision: 'approve' | 'reject', note?: string): Promise<void> {
    this.set(await call('series.review', { seriesId: this.id, decision, ...(note && { note }) }));
  }

  async cancel(bookingId: number, scope: 'one' | 'later', reason?: string): Promise<void> {
    this.set(await call('series.cancel', { seriesId: this.id, bookingId, scope, ...(reason && { reason }) }));
  }
}

export const seriesOf = keyed((id: number) => new SeriesStore(id));
