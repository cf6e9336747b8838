import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { MyGroups, SeriesPreview, SeriesView } from '../../../../types/venues/group-models';
import { call, newRequestId } from '../../../api/call';
import { ApiError, messageOf } from '../../../lib/errors';
import { Resource } from '../../../lib/resource';
import { addDays } from '../../../lib/time';
import { seriesOf } from './series';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * 团体预约 (a group's contact): the groups (groups.mine), the weekly slot they ask for, the preview of which weeks can be
 * had (series.preview, shown before sending) and the request itself (series.create, one requestId until it goes through).
 */
export class GroupBookStore {
  readonly groups = new Resource<MyGroups>(() => call('groups.mine', {}));
  groupId = 0;
  venueId = 0;
  firstDate = '';
  start = '19:00';
  end = '20:00';
  weeks = 12;
  purpose = '';
  headcount = '';
  preview: SeriesPreview | null = null;
  error: { message: string; field?: string } | null = null;
  private requestId = newRequestId();

  constructor() {
    makeObservable(this, {
      groupId: observable,
      venueId: observable,
      firstDate: observable,
      start: observable,
      end: observable,
      weeks: observable,
      purpose: observable,
      headcount: observable,
      preview: observable,
      error: observable,
      group: computed,
      begin: action,
      set: action,
    });
  }

  get group() {
    return this.groups.data?.groups.find((g) => g.id === this.groupId) ?? null;
  }

  /** Shows the page for a group and a room (from the room page); the weekly slot typed so far stays. */
  async begin(groupId: number, venueId: number): Promise<void> {
    if (groupId !== this.groupId || venueId !== this.venueId) {
      this.groupId = groupId;
      this.venueId = venueId;
      this.preview = null;
      this.error = null;
    }
    await this.groups.load();
    runInAction(() => {
      const today = this.groups.data?.today;
      if (!this.firstDate && today) this.firstDate = addDays(today, 1);
      if (this.group && !this.group.rooms.some((r) => r.id === this.venueId)) this.venueId = this.group.rooms[0]?.id ?? 0;
    });
  }

  /** A change of the plan drops the preview: it was of another plan. */
  set(patch: Partial<Pick<GroupBookStore, 'venueId' | 'firstDate' | 'start' | 'end' | 'weeks' | 'purpose' | 'headcount'>>): void {
    const planChanged = Object.keys(patch).some((k) => k !== 'purpose' && k !== 'headcount');
    Object.assign(this, patch);
    if (planChanged) this.preview = null;
    this.error = null;
  }

  private plan() {
    return { groupId: this.groupId, venueId: this.venueId, firstDate: this.firstDate, weeks: this.weeks, start: minutesOf(this.start), end: minutesOf(this.end) };
  }

  private fail(err: unknown) {
    runInAction(() => {
      this.error = { message: messageOf(err), field: err instanceof ApiError ? err.field : undefined };
    });
  }

  /** 查看可预约情况: which weeks can be had, and why the others cannot. */
  async check(): Promise<void> {
    try {
      const preview = await call('series.preview', this.plan());
      runInAction(() => {
        this.preview = preview;
        this.error = null;
      });
    } catch (err) {
      this.fail(err);
    }
  }

  /** 提交申请: the weeks that can be had, as one request; the answer is the series page's data. */
  async submit(): Promise<SeriesView | null> {
    const headcount = Number(this.headcount);
    if (!Number.isInteger(headcount) || headcount < 1) {
      this.fail(new ApiError('INVALID_INPUT', '请填写人数', 'headcount'));
      return null;
    }
    try {
      const view = await call('series.create', { ...this.plan(), purpose: this.purpose.trim(), headcount }, { requestId: this.requestId });
      runInAction(() => {
        this.requestId = newRequestId();
        this.preview = null;
        this.purpose = '';
      });
      seriesOf(view.id).set(view);
      return view;
    } catch (err) {
      this.fail(err);
      return null;
    }
  }
}

export const groupBook = new GroupBookStore();
