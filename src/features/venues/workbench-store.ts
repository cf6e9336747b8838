import { makeAutoObservable, runInAction } from 'mobx';
import type { VenueWorkbench } from '../../../types/venue-models';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

/** 工作台 · 场地预约: requests waiting for approval, then today's bookings, across the venues the worker runs. */
export class VenueWorkbenchStore {
  data: VenueWorkbench | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await call('bookings.workbench', {});
      runInAction(() => {
        this.data = data;
      });
    });
  }
}

export const venueWorkbench = new VenueWorkbenchStore();
