import { makeAutoObservable, runInAction } from 'mobx';
import type { VenueCard } from '../../../types/venue-models';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

/** 场地管理: the venues a worker runs, stopped ones included. */
export class ManagedVenuesStore {
  venues: VenueCard[] | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const venues = await call('venues.managed', {});
      runInAction(() => {
        this.venues = venues;
      });
    });
  }
}

export const managedVenues = new ManagedVenuesStore();
