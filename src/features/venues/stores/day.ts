import { action, makeObservable, observable } from 'mobx';
import { call, newRequestId } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { addDays } from '../../../lib/time';
import type { StaffBookingView } from '../../../../types/venues/models';
import { patchDay } from '../staff-lists';

/** A worker's day of one venue: every booking, reservation and event hold, and the whole-day reservation. */
export class VenueDayStore {
  /** Empty until the first answer when opened without a date: the server's today (a phone's clock may be wrong). */
  date = '';
  /** The day's list; another date starts from the loading state, not from the last date's list. */
  readonly bookings = new Resource(async () => {
    const day = await call('bookings.day', { venueId: this.venueId, ...(this.date ? { date: this.date } : {}) });
    if (!this.date) this.openedOn(day.date);
    return day;
  });
  private reserveRequestId = newRequestId();

  constructor(readonly venueId: number) {
    makeObservable(this, { date: observable, open: action, openedOn: action });
  }

  /** Opens a date, or (none given) the server's today. */
  open(date?: string): Promise<boolean> {
    const next = date ?? '';
    if (next !== this.date || !next) this.bookings.clear();
    this.date = next;
    return this.reload();
  }

  openedOn(date: string): void {
    this.date = date;
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
