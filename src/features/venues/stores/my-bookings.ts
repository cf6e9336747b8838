import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { MyBookings } from '../../../../types/venues/lists';
import { call } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import type { MineTab } from '../../../lib/mine-tabs';
import { localDateOf } from '../../../lib/time';
import { Resource } from '../../../lib/resource';

/** 我的预约: upcoming and history, as the server splits them; cancelling. */
export class MyBookingsStore extends Resource<MyBookings> {
  tab: MineTab = 'upcoming';
  cancelling: number | null = null;

  constructor() {
    super(() => call('bookings.mine', {}));
    makeObservable(this, { tab: observable, cancelling: observable, setTab: action, shown: computed, today: computed });
  }

  setTab(tab: MyBookingsStore['tab']): void {
    this.tab = tab;
  }

  get shown() {
    return this.data?.[this.tab] ?? [];
  }

  get today(): string {
    return this.data ? localDateOf(this.data.now) : '';
  }

  /** Cancels and reloads; returns the message to show when it fails. */
  async cancel(id: number): Promise<string | null> {
    runInAction(() => {
      this.cancelling = id;
    });
    try {
      await call('bookings.cancel', { bookingId: id });
      await this.load();
      return null;
    } catch (err) {
      return messageOf(err);
    } finally {
      runInAction(() => {
        this.cancelling = null;
      });
    }
  }
}

export const myBookings = new MyBookingsStore();
