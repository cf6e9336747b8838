import { makeAutoObservable, runInAction } from 'mobx';
import * as v from 'valibot';
import type { ActionInput } from '../../../../types';
import { DEFAULT_VENUE_RULES, type Interval, type VenueDetail, type VenueKind, type VenueRules, type WeeklyHours } from '../../../../types/venues/models';
import { describeIssue } from '../../../../types/schema';
import { VenueUpsertInput } from '../../../../types/venues/schemas';
import { call } from '../../../api/call';
import { uploadImage } from '../../../api/upload';
import { ApiError, messageOf } from '../../../lib/errors';
import { keyed, Resource } from '../../../lib/resource';

export const FACILITY_PRESETS = ['投影', '音响', '话筒', '钢琴', 'LED屏', '舞台', '白板', '空调', '镜面墙', '书画桌', '棋牌桌', '茶水'];

/** Rules as a worker types them: hours where people think in hours. */
interface RuleFields {
  requiresApproval: boolean;
  bookingWindowDays: string;
  minNoticeHours: string;
  maxSlotsPerBooking: string;
  maxUpcomingPerResident: string;
  maxHoursPerWeek: string;
  cancelDeadlineHours: string;
  checkinWindowMinutes: string;
}

const EVENINGS: Interval[] = [[18 * 60, 21 * 60]];
const DAYTIME: Interval[] = [[9 * 60, 21 * 60]];

function blank(communityId: number) {
  return {
    id: undefined as number | undefined,
    communityId,
    streetWide: false,
    name: '',
    kind: 'station' as VenueKind,
    address: '',
    description: '',
    capacity: '',
    facilities: [] as string[],
    photos: [] as string[],
    // 错时开放 by default: weekday evenings, weekends all day.
    weekly: [EVENINGS, EVENINGS, EVENINGS, EVENINGS, EVENINGS, DAYTIME, DAYTIME] as WeeklyHours,
    slotMinutes: 60,
    slotOffset: 0,
    rules: ruleFields(DEFAULT_VENUE_RULES),
    active: true,
  };
}

type Form = ReturnType<typeof blank>;

const hours = (minutes: number) => String(minutes / 60);

function ruleFields(r: VenueRules): RuleFields {
  return {
    requiresApproval: r.requiresApproval,
    bookingWindowDays: String(r.bookingWindowDays),
    minNoticeHours: hours(r.minNoticeMinutes),
    maxSlotsPerBooking: String(r.maxSlotsPerBooking),
    maxUpcomingPerResident: String(r.maxUpcomingPerResident),
    maxHoursPerWeek: hours(r.maxMinutesPerWeek),
    cancelDeadlineHours: hours(r.cancelDeadlineMinutes),
    checkinWindowMinutes: String(r.checkinWindowMinutes),
  };
}
const minutes = (hoursText: string) => Math.round(Number(hoursText) * 60);

/** The venue editor: a new venue (id null), or an existing one loaded from venues.get; checked with the contract's schema. */
export class VenueFormStore {
  form: Form = blank(0);
  error: { field?: string; message: string } | null = null;
  saving = false;
  /** The venue as saved, with its special dates: loaded for an existing venue, then what each save answers. */
  readonly saved = new Resource(() => call('venues.get', { venueId: this.id ?? 0 }));

  constructor(readonly id: number | null) {
    makeAutoObservable(this, { id: false, saved: false, state: false });
  }

  get venue(): VenueDetail | null {
    return this.saved.data;
  }

  get state() {
    return this.saved.state;
  }

  /** Opens the editor afresh: a blank form, filled with the venue's own values once it is loaded. */
  async start(defaultCommunityId: number): Promise<boolean> {
    this.error = null;
    this.saved.clear();
    this.form = blank(defaultCommunityId);
    if (!this.id) return true;
    const ok = await this.saved.load();
    if (ok && this.saved.data) this.fill(this.saved.data);
    return ok;
  }

  private fill(venue: VenueDetail): void {
    this.saved.set(venue);
    this.form = {
      id: venue.id,
      communityId: venue.communityId,
      streetWide: venue.streetWide,
      name: venue.name,
      kind: venue.kind,
      address: venue.address,
      description: venue.description,
      capacity: String(venue.capacity),
      facilities: [...venue.facilities],
      photos: [...venue.photos],
      weekly: venue.weekly.map((d) => d.map(([s, e]) => [s, e] as Interval)),
      slotMinutes: venue.slotMinutes,
      slotOffset: venue.slotOffset,
      rules: ruleFields(venue.rules),
      active: venue.active,
    };
  }

  set<K extends keyof Form>(key: K, value: Form[K]): void {
    this.form[key] = value;
    if (this.error?.field?.split('.')[0] === key) this.error = null;
  }

  setRule<K extends keyof RuleFields>(key: K, value: RuleFields[K]): void {
    this.form.rules[key] = value;
  }

  /** Uploads a photo the worker picked and adds it to the venue's photos. */
  async addPhoto(path: string): Promise<void> {
    const file = await uploadImage(path);
    runInAction(() => this.set('photos', [...this.form.photos, file]));
  }

  toggleFacility(name: string): void {
    const list = this.form.facilities;
    this.form.facilities = list.includes(name) ? list.filter((f) => f !== name) : [...list, name];
  }

  setDay(day: number, intervals: Interval[]): void {
    this.form.weekly = this.form.weekly.map((d, i) => (i === day ? intervals : d));
    if (this.error?.field?.startsWith('weekly')) this.error = null;
  }

  /** 工作日同周一 / 周末同周六 */
  copyDay(from: number, to: number[]): void {
    this.form.weekly = this.form.weekly.map((d, i) => (to.includes(i) ? this.form.weekly[from].map(([s, e]) => [s, e] as Interval) : d));
  }

  input(): ActionInput<'venues.upsert'> {
    const f = this.form;
    const r = f.rules;
    return {
      ...(f.id && { id: f.id }),
      communityId: f.communityId,
      streetWide: f.streetWide,
      name: f.name,
      kind: f.kind,
      address: f.address,
      description: f.description,
      capacity: Number(f.capacity),
      facilities: f.facilities,
      photos: f.photos,
      weekly: f.weekly,
      slotMinutes: f.slotMinutes,
      slotOffset: f.slotOffset,
      rules: {
        requiresApproval: r.requiresApproval,
        bookingWindowDays: Number(r.bookingWindowDays),
        minNoticeMinutes: minutes(r.minNoticeHours),
        maxSlotsPerBooking: Number(r.maxSlotsPerBooking),
        maxUpcomingPerResident: Number(r.maxUpcomingPerResident),
        maxMinutesPerWeek: minutes(r.maxHoursPerWeek),
        cancelDeadlineMinutes: minutes(r.cancelDeadlineHours),
        checkinWindowMinutes: Number(r.checkinWindowMinutes),
      },
      active: f.active,
    };
  }

  async save(): Promise<VenueDetail | null> {
    const parsed = v.safeParse(VenueUpsertInput, this.input());
    if (!parsed.success) {
      this.error = describeIssue(parsed.issues[0]);
      return null;
    }
    this.saving = true;
    this.error = null;
    try {
      const venue = await call('venues.upsert', parsed.output);
      runInAction(() => this.fill(venue));
      return venue;
    } catch (err) {
      runInAction(() => {
        this.error = { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined };
      });
      return null;
    } finally {
      runInAction(() => {
        this.saving = false;
      });
    }
  }

  /** 闭馆 / 加开 / back to the weekly hours on one date; returns the failure to show, if any. */
  async setSpecialDate(input: Omit<ActionInput<'venues.specialDate'>, 'venueId'>): Promise<string | null> {
    if (!this.venue) return '请先保存场地';
    try {
      const venue = await call('venues.specialDate', { ...input, venueId: this.venue.id });
      runInAction(() => this.saved.set(venue));
      return null;
    } catch (err) {
      return messageOf(err);
    }
  }
}

export const venueForm = keyed((id: number | null) => new VenueFormStore(id));
