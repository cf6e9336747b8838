import { makeAutoObservable, observableRef, runInAction } from 'mobx';
import type { EventCategory, EventDetail } from '../../../../types/events';
import type { VenueCard } from '../../../../types/venues/models';
import { call, newRequestId } from '../../../api/call';
import { uploadImage } from '../../../api/upload';
import { ApiError, messageOf } from '../../../lib/errors';
import { Resource } from '../../../lib/resource';
import { addDays, formatClock, localDateOf } from '../../../lib/time';
import { blank, fieldsOf, type Draft, type FormError } from '../form-draft';
import { CANCEL_OPTIONS, CLOSE_OPTIONS, OPEN_OPTIONS_EDIT, hoursBefore, instantOf, minusHours, withCurrent, type WindowOption } from '../form-times';

/**
 * 发布活动 / 编辑活动 (workers): the form's state, its defaults and its submission. One form is open at a time: the
 * page resets it when it closes, so the next one opens blank.
 */
export class EventFormStore implements Draft {
  editing!: EventDetail | null;
  communityId!: number;
  title!: string;
  category!: EventCategory;
  organizer!: string;
  place!: string;
  venueId!: number | null;
  venues!: VenueCard[];
  date!: string;
  start!: string;
  end!: string;
  capacity!: string;
  partyLimit!: number;
  audience!: 'community' | 'street';
  openOptions!: WindowOption[];
  openIndex!: number;
  closeOptions!: WindowOption[];
  closeIndex!: number;
  cancelOptions!: WindowOption[];
  cancelIndex!: number;
  repeat!: boolean;
  weekdays!: number[];
  until!: string;
  description!: string;
  cover!: string | null;
  error!: FormError | null;
  saving!: boolean;
  /** The event being edited, read once to fill the form. */
  private source = this.newSource();
  private editId = 0;
  private requestId: string | null = null;

  constructor() {
    Object.assign(this, blank());
    makeAutoObservable<EventFormStore, 'source' | 'editId' | 'requestId'>(this, { source: observableRef, editId: false, requestId: false });
  }

  /** Loading and failing to load the event being edited. */
  get state() {
    return this.source.state;
  }

  /** Back to a blank form (the page closed). */
  reset(): void {
    Object.assign(this, blank());
    this.source = this.newSource();
    this.editId = 0;
    this.requestId = null;
  }

  /** A new event of a community on a date (the day after the server's today by default). */
  startNew(opts: { communityId: number; organizer: string; date: string }): void {
    this.communityId = opts.communityId;
    this.organizer = opts.organizer;
    this.date = opts.date;
    this.until = addDays(opts.date, 28);
  }

  loadForEdit(id: number): Promise<boolean> {
    this.editId = id;
    return this.source.load();
  }

  /** Rooms this worker may hold for the event's community; a failure only hides the picker. */
  async loadVenues(): Promise<void> {
    const all = await call('venues.managed', {}).catch(() => [] as VenueCard[]);
    runInAction(() => {
      this.venues = all.filter((v) => v.active && (v.communityId === this.communityId || v.streetWide));
    });
  }

  /** Uploads the picture chosen as the cover (Taro.chooseImage's temp path) and shows it. */
  async uploadCover(tempPath: string): Promise<void> {
    const cover = await uploadImage(tempPath);
    this.set('cover', cover);
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

  /** The read of the event being edited; the form is filled as it arrives. */
  private newSource(): Resource<EventDetail> {
    return new Resource(async () => {
      const e = await call('events.get', { id: this.editId });
      runInAction(() => this.fill(e));
      return e;
    });
  }

  private fail(error: FormError): null {
    this.error = error;
    return null;
  }
}

/** The one 发布活动 / 编辑活动 form. */
export const eventForm = new EventFormStore();
