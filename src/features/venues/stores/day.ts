import { action, makeObservable, observable } from 'mobx';
import { call, newRequestId } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { addDays } from '../../../lib/time';
import type { StaffBookingView } from '../../../../types/venues/models';
import { patchDay } from '../staff-lists';

/** A worker's day of one venue: every booking, reservation and event hold, and the whole-day reservation. */
export class VenueDayStore {
  date = '';
  /** The day's list; another date starts from the loading state, not from the last date's list. */
  readonly bookings = new Resource(() => call('bookings.day', { venueId: this.venueId, date: this.date }));
  private reserveRequestId = newRequestId();

  constructor(readonly venueId: number) {
    makeObservable(this, { date: observable, open: action });
  }

  open(date: string): Promise<boolean> {
    if (date !== this.date) this.bookings.clear();
    this.date = date;
    return this.reload();
  }

  reload(): Promise<boolean> {
    return this.bookings.load();
  }

  shift(days: number): Promise<boolean> {
    return this.open(addDays(this.date, days));
  }

  /** Keeps the whole day for community use; one requestId until it goes through. */
  async reserveDay(reason: string): Promise<void> {
    const hold = await call('venues.reserve', { venueId: this.venueId, date: this.date, wholeDay: true, reason }, { requestId: this.reserveRequestId });
    this.reserveRequestId = newRequestId();
    this.put(hold);
  }

  /** Checks in by the code a resident shows. */
  async scan(code: string): Promise<string> {
    const b = await call('bookings.checkIn', { code });
    this.put(b);
    return b.personName;
  }

  /** An action's answer (the booking as it is now) goes into the day's list: one call per tap. */
  put(b: StaffBookingView): void {
    if (this.bookings.data) this.bookings.set(patchDay(this.bookings.data, b));
  }
}

export const venueDay = keyed((venueId: number) => new VenueDayStore(venueId));
