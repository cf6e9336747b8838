import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { Slot, SlotDay, VenueDetail, VenueSlots } from '../../../../types/venues/models';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { rangeOf, tapSlot, type Run } from '../selection';

/** Workers see two weeks ahead (they reserve and book beyond the residents' window); one venues.slots call either way. */
const STAFF_DAYS = 14;

interface VenueWithSlots {
  venue: VenueDetail;
  slots: VenueSlots;
}

/** The venue page: the venue, the days of its window with their slots, the chosen day and the chosen run of slots. */
export class VenuePageStore extends Resource<VenueWithSlots> {
  run: Run | null = null;
  note: string | null = null;
  /** The day last shown; a refresh keeps it while the window still has it. */
  private shownDate = '';

  constructor(readonly id: number) {
    super(async () => {
      const venue = await call('venues.get', { venueId: id });
      const days = venue.canManage ? STAFF_DAYS : Math.min(14, venue.rules.bookingWindowDays);
      return { venue, slots: await call('venues.slots', { venueId: id, from: venue.window.first, days }) };
    });
    makeObservable<VenuePageStore, 'shownDate'>(this, {
      run: observable,
      note: observable,
      shownDate: observable,
      venue: computed,
      days: computed,
      today: computed,
      date: computed,
      day: computed,
      slots: computed,
      range: computed,
      chosenCount: computed,
      open: action,
      chooseDate: action,
      tap: action,
    });
  }

  /** Shows the page again: the selection is dropped and the venue and its slots are fetched anew. */
  open(): Promise<boolean> {
    this.run = null;
    this.note = null;
    return this.load();
  }

  async load(): Promise<boolean> {
    const ok = await super.load();
    runInAction(() => {
      this.shownDate = this.date;
    });
    return ok;
  }

  reload(): Promise<boolean> {
    return this.venue ? this.open() : Promise.resolve(false);
  }

  get venue(): VenueDetail | null {
    return this.data?.venue ?? null;
  }

  get days(): SlotDay[] {
    return this.data?.slots.days ?? [];
  }

  get today(): string {
    return this.data?.slots.today ?? '';
  }

  /** The day shown: the one last shown while the window has it, else the first with a free slot, else the first. */
  get date(): string {
    if (this.days.some((d) => d.date === this.shownDate)) return this.shownDate;
    return (this.days.find((d) => d.freeCount > 0) ?? this.days[0])?.date ?? '';
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
    this.shownDate = date;
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

/** One store per venue: coming back to a venue shows it at once and refreshes behind it. */
export const venuePage = keyed((id: number) => new VenuePageStore(id));
