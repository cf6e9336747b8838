import { makeAutoObservable, runInAction } from 'mobx';
import type { DayBookings } from '../../../../types/venues/models';
import { call, newRequestId } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';
import { addDays } from '../../../lib/time';

/** A worker's day of one venue: every booking, reservation and event hold, and the whole-day reservation. */
export class DayStore {
  venueId = 0;
  date = '';
  data: DayBookings | null = null;
  readonly state = new LoadState();
  private reserveRequestId = newRequestId();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  open(venueId: number, date: string): Promise<boolean> {
    if (venueId !== this.venueId || date !== this.date) this.data = null;
    this.venueId = venueId;
    this.date = date;
    return this.reload();
  }

  reload(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await call('bookings.day', { venueId: this.venueId, date: this.date });
      runInAction(() => {
        this.data = data;
      });
    });
  }

  shift(days: number): Promise<boolean> {
    return this.open(this.venueId, addDays(this.date, days));
  }

  /** Keeps the whole day for community use; one requestId until it goes through. */
  async reserveDay(reason: string): Promise<void> {
    await call('venues.reserve', { venueId: this.venueId, date: this.date, wholeDay: true, reason }, { requestId: this.reserveRequestId });
    this.reserveRequestId = newRequestId();
    await this.reload();
  }

  /** Checks in by the code a resident shows. */
  async scan(code: string): Promise<string> {
    const b = await call('bookings.checkIn', { code });
    await this.reload();
    return b.personName;
  }
}

export const dayStore = new DayStore();
