import { makeAutoObservable, runInAction } from 'mobx';
import type { MyBookings } from '../../../types/venue-models';
import { call } from '../../api/call';
import { messageOf } from '../../api/errors';
import { LoadState } from '../../lib/load-state';
import { localDateOf } from '../../lib/time';

/** 我的预约: upcoming and past, as the server's clock splits them; cancelling. */
export class MyBookingsStore {
  data: MyBookings | null = null;
  tab: 'upcoming' | 'past' = 'upcoming';
  cancelling: number | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await call('bookings.mine', {});
      runInAction(() => {
        this.data = data;
      });
    });
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
    this.cancelling = id;
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
