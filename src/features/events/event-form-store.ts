import { makeAutoObservable, runInAction } from 'mobx';
import type { EventCategory, EventDetail } from '../../../types/events';
import type { VenueCard } from '../../../types/venues/models';
import { call, newRequestId } from '../../api/call';
import { ApiError, messageOf } from '../../lib/errors';
import { LoadState } from '../../lib/load-state';
import { addDays, formatClock, localDateOf } from '../../lib/time';
import { CANCEL_OPTIONS, CLOSE_OPTIONS, OPEN_OPTIONS_EDIT, OPEN_OPTIONS_NEW, hoursBefore, instantOf, minusHours, withCurrent, type WindowOption } from './form-times';

export interface FormError {
  field?: string;
  message: string;
}

/** 发布活动 / 编辑活动 (workers): the form's state, its defaults and its submission. */
export class EventFormStore {
  editing: EventDetail | null = null;
  communityId = 0;
  title = '';
  category: EventCategory = 'culture';
  organizer = '';
  place = '';
  /** A room of the community (or the street's centre): the event then holds its slots as 社区保留. */
  venueId: number | null = null;
  venues: VenueCard[] = [];
  date = '';
  start = '19:00';
  end = '21:00';
  capacity = '30';
  partyLimit = 1;
  audience: 'community' | 'street' = 'community';
  openOptions: WindowOption[] = OPEN_OPTIONS_NEW;
  openIndex = 0;
  closeOptions: WindowOption[] = CLOSE_OPTIONS;
  closeIndex = 0;
  cancelOptions: WindowOption[] = CANCEL_OPTIONS;
  cancelIndex = 1;
  repeat = false;
  weekdays: number[] = [];
  until = '';
  description = '';
  cover: string | null = null;
  error: FormError | null = null;
  saving = false;
  readonly state = new LoadState();
  private requestId: string | null = null;

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  /** A new event of a community on a date (the day after the server's today by default). */
  startNew(opts: { communityId: number; organizer: string; date: string }): void {
    this.communityId = opts.communityId;
    this.organizer = opts.organizer;
    this.date = opts.date;
    this.until = addDays(opts.date, 28);
  }

  loadForEdit(id: number): Promise<boolean> {
    return this.state.run(async () => {
      const e = await call('events.get', { id });
      runInAction(() => this.fill(e));
    });
  }

  /** Rooms this worker may hold for the event's community; a failure only hides the picker. */
  async loadVenues(): Promise<void> {
    const all = await call('venues.managed', {}).catch(() => [] as VenueCard[]);
    runInAction(() => {
      this.venues = all.filter((v) => v.active && (v.communityId === this.communityId || v.streetWide));
    });
  }

  /** Picks a room (it also names the place) or none (free-text place). */
  chooseVenue(venue: VenueCard | null): void {
    this.venueId = venue?.id ?? null;
    if (venue) this.place = `${venue.placeName}${venue.name}`;
    if (this.error?.field === 'venueId' || this.error?.field === 'place') this.error = null;
  }

  set<K extends keyof this>(key: K, value: this[K]): void {
    this[key] = value;
    if (this.error?.field && fieldsOf(key as string).includes(this.error.field)) this.error = null;
  }

  toggleWeekday(day: number): void {
    this.weekdays = this.weekdays.includes(day) ? this.weekdays.filter((d) => d !== day) : [...this.weekdays, day].sort();
  }

  setRepeat(on: boolean): void {
    this.repeat = on;
    const weekday = ((new Date(`${this.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    if (on && this.weekdays.length === 0) this.weekdays = [weekday];
  }

  /** Publishes (or saves) and returns the id of the (first) event. Errors are kept for the form to show. */
  async submit(scope: 'one' | 'future' = 'one'): Promise<number | null> {
    const capacity = Number(this.capacity);
    if (!this.title.trim()) return this.fail({ field: 'title', message: '请填写活动名称' });
    if (!Number.isInteger(capacity) || capacity < 1) return this.fail({ field: 'capacity', message: '名额应为大于0的整数' });
    this.saving = true;
    this.error = null;
    try {
      const fields = this.fields(capacity);
      if (this.editing) {
        await call('events.update', { ...fields, id: this.editing.id, scope });
        return this.editing.id;
      }
      this.requestId ??= newRequestId();
      const recurrence = this.repeat ? { weekdays: this.weekdays, until: this.until } : undefined;
      const res = await call('events.create', { ...fields, communityId: this.communityId, recurrence }, { requestId: this.requestId });
      runInAction(() => {
        this.requestId = null;
      });
      return res.eventIds[0];
    } catch (err) {
      return this.fail({ message: messageOf(err), field: err instanceof ApiError ? err.field : undefined });
    } finally {
      runInAction(() => {
        this.saving = false;
      });
    }
  }

  private fields(capacity: number) {
    const startsAt = instantOf(this.date, this.start);
    const opens = this.openOptions[this.openIndex].hours;
    return {
      title: this.title.trim(),
      category: this.category,
      organizer: this.organizer.trim(),
      place: this.place.trim(),
      venueId: this.venueId,
      description: this.description.trim(),
      cover: this.cover,
      startsAt,
      endsAt: instantOf(this.date, this.end),
      capacity,
      partyLimit: this.partyLimit,
      audience: this.audience,
      ...(opens !== null && { signupOpensAt: minusHours(startsAt, opens) }),
      signupClosesAt: minusHours(startsAt, this.closeOptions[this.closeIndex].hours ?? 0),
      cancelDeadline: minusHours(startsAt, this.cancelOptions[this.cancelIndex].hours ?? 0),
    };
  }

  private fill(e: EventDetail): void {
    this.editing = e;
    this.communityId = e.communityId;
    this.title = e.title;
    this.category = e.category;
    this.organizer = e.organizer;
    this.place = e.place;
    this.venueId = e.venueId;
    this.date = localDateOf(e.startsAt);
    this.start = formatClock(e.startsAt);
    this.end = formatClock(e.endsAt);
    this.capacity = String(e.capacity);
    this.partyLimit = e.partyLimit;
    this.audience = e.audience;
    this.description = e.description;
    this.cover = e.cover;
    this.openOptions = OPEN_OPTIONS_EDIT;
    this.openIndex = 0;
    const close = withCurrent(CLOSE_OPTIONS, hoursBefore(e.startsAt, e.signupClosesAt));
    this.closeOptions = close.options;
    this.closeIndex = close.index;
    const cancel = withCurrent(CANCEL_OPTIONS, hoursBefore(e.startsAt, e.cancelDeadline));
    this.cancelOptions = cancel.options;
    this.cancelIndex = cancel.index;
  }

  private fail(error: FormError): null {
    this.error = error;
    return null;
  }
}

/** The API fields a form control feeds, so its error clears when the control changes. */
function fieldsOf(key: string): string[] {
  const map: Record<string, string[]> = {
    date: ['startsAt', 'endsAt', 'recurrence.weekdays'],
    start: ['startsAt', 'endsAt'],
    end: ['endsAt'],
    openIndex: ['signupOpensAt'],
    closeIndex: ['signupClosesAt', 'signupOpensAt'],
    cancelIndex: ['cancelDeadline'],
    until: ['recurrence.until'],
  };
  return map[key] ?? [key];
}
