import { makeAutoObservable, runInAction } from 'mobx';
import type { VenueList } from '../../../types';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

/** The 场地预约 tab: the rooms the resident may book, and whether their booking is suspended. */
export class VenueListStore {
  list: VenueList | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const list = await call('venues.list', {});
      runInAction(() => {
        this.list = list;
      });
    });
  }

  get communityVenues() {
    return this.list?.venues.filter((v) => !v.streetWide) ?? [];
  }

  get streetVenues() {
    return this.list?.venues.filter((v) => v.streetWide) ?? [];
  }
}

export const venueList = new VenueListStore();
