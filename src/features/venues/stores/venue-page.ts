import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { BookingAllowance, Slot, SlotDay, VenueDetail, VenuePage } from '../../../../types/venues/models';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { pickLimit, type PickLimit } from '../allowance';
import { rangeOf, tapSlot, type Run } from '../selection';

/**
 * The venue page, drawn by one call (venues.page): the venue, the days of its window with their slots, what the
 * person may still book there, the chosen day and the chosen run of slots.
 */
export class VenuePageStore extends Resource<VenuePage> {
  run: Run | null = null;
  note: string | null = null;
  /** The day last shown; a refresh keeps it while the window still has it. */
  private shownDate = '';

  constructor(readonly id: number) {
    super(() => call('venues.page', { venueId: id }));
    makeObservable<VenuePageStore, 'shownDate'>(this, {
      run: observable,
      note: observable,
      shownDate: observable,
      venue: computed,
      allowance: computed,
      limit: computed,
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

  /**
   * Shows the page again and refreshes it behind what it shows: the chosen slots stay chosen (the person came back to
   * re-pick) while they can still be chosen.
   */
  open(): Promise<boolean> {
    this.note = null;
    return this.load();
  }

  async load(): Promise<boolean> {
    const ok = await super.load();
    runInAction(() => {
      this.shownDate = this.date;
      if (this.run && !this.runStillChoosable(this.run)) this.run = null;
    });
    return ok;
  }

  private runStillChoosable(run: Run): boolean {
    const slots = this.slots.slice(run.first, run.last + 1);
    return slots.length === run.last - run.first + 1 && slots.every((s) => this.canChoose(s)) && slots.length <= this.limit.max;
  }

  reload(): Promise<boolean> {
    return this.venue ? this.open() : Promise.resolve(false);
  }

  get venue(): VenueDetail | null {
    return this.data?.venue ?? null;
  }

  get allowance(): BookingAllowance | null {
    return this.data?.allowance ?? null;
  }

  /** How many slots this person may choose on the shown day: the venue's maximum, lowered by their quota left. */
  get limit(): PickLimit {
    const venue = this.venue;
    if (!venue) return { max: 0, note: null };
    if (venue.canManage) return { max: this.slots.length, note: null }; // workers reserve and book for others, without quotas
    const max = venue.rules.maxSlotsPerBooking;
    return this.allowance ? pickLimit(this.allowance, this.date, this.today, this.data?.slots.slotMinutes ?? venue.slotMinutes, max) : { max, note: null };
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
  private canChoose(s: Slot): boolean {
    return s.state === 'free' || (!!this.venue?.canManage && s.state === 'closed');
  }

  /** A tap within the person's limit; beyond it, the tap says which rule stops it. */
  tap(index: number): void {
    const limit = this.limit;
    const res = tapSlot(this.slots, this.run, index, limit.max, (s) => this.canChoose(s), limit.note);
    this.run = res.run;
    this.note = res.note;
  }
}

/** One store per venue: coming back to a venue shows it at once and refreshes behind it. */
export const venuePage = keyed((id: number) => new VenuePageStore(id));
