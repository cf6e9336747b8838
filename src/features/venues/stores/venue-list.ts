import { computed, makeObservable } from 'mobx';
import type { VenueList } from '../../../../types';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** The 场地预约 tab: the rooms the resident may book, and whether their booking is suspended. */
export class VenueListStore extends Resource<VenueList> {
  constructor() {
    super(() => call('venues.list', {}));
    makeObservable(this, { communityVenues: computed, streetVenues: computed });
  }

  get communityVenues() {
    return this.data?.venues.filter((v) => !v.streetWide) ?? [];
  }

  get streetVenues() {
    return this.data?.venues.filter((v) => v.streetWide) ?? [];
  }
}

export const venueList = new VenueListStore();
