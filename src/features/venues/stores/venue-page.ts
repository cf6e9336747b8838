import { makeAutoObservable, runInAction } from 'mobx';
import type { Slot, SlotDay, VenueDetail } from '../../../../types/venues/models';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';
import { rangeOf, tapSlot, type Run } from '../selection';

/** Workers see two weeks ahead (they reserve and book beyond the residents' window); one venues.slots call either way. */
const STAFF_DAYS = 14;

/** The venue page: the venue, the days of its window with their slots, the chosen day and the chosen run of slots. */
export class VenuePageStore {
  venue: VenueDetail | null = null;
  days: SlotDay[] = [];
  today = '';
  date = '';
  run: Run | null = null;
  note: string | null = null;
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  /** Opens a venue afresh (the page is reused for every venue). */
  open(id: number): Promise<boolean> {
    if (this.venue?.id !== id) {
      this.venue = null;
      this.days = [];
      this.date = '';
    }
    this.run = null;
    this.note = null;
    return this.state.run(async () => {
      const venue = await call('venues.get', { venueId: id });
      const days = venue.canManage ? STAFF_DAYS : Math.min(14, venue.rules.bookingWindowDays);
      const slots = await call('venues.slots', { venueId: id, from: venue.window.first, days });
      runInAction(() => {
        this.venue = venue;
        this.days = slots.days;
        this.today = slots.today;
        if (!slots.days.some((d) => d.date === this.date)) this.date = (slots.days.find((d) => d.freeCount > 0) ?? slots.days[0])?.date ?? '';
      });
    });
  }

  reload(): Promise<boolean> {
    return this.venue ? this.open(this.venue.id) : Promise.resolve(false);
  }

  get day(): SlotDay | null {
    return this.days.find((d) => d.date === this.date) ?? null;
  }

  get slots(): Slot[] {
    return this.day?.slots ?? [];
  }

  get range(): { start: number; end: number } | null {
    return rangeOf(this.slots, this.run);
  }

  get chosenCount(): number {
    return this.run ? this.run.last - this.run.first + 1 : 0;
  }

  chooseDate(date: string): void {
    this.date = date;
    this.run = null;
    this.note = null;
  }

  /** Workers may also pick days beyond the residents' window (未开放). */
  tap(index: number): void {
    const manage = !!this.venue?.canManage;
    const canChoose = (s: Slot) => s.state === 'free' || (manage && s.state === 'closed');
    const max = manage ? this.slots.length : (this.venue?.rules.maxSlotsPerBooking ?? 1);
    const res = tapSlot(this.slots, this.run, index, max, canChoose);
    this.run = res.run;
    this.note = res.note;
  }
}

export const venuePage = new VenuePageStore();
