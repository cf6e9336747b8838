import { makeAutoObservable, runInAction } from 'mobx';
import type { Attendee, AttendeeList, CheckInResult } from '../../../../types/events';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';

export type AttendeeTab = 'confirmed' | 'waitlist';

/** A worker's list of one event: seats and waitlist, check-in by code or by name, removal. */
export class AttendeesStore {
  list: AttendeeList | null = null;
  tab: AttendeeTab = 'confirmed';
  keyword = '';
  busyId: number | null = null;
  readonly state = new LoadState();

  constructor(readonly eventId: number) {
    makeAutoObservable(this, { state: false, eventId: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const list = await call('events.attendees', { eventId: this.eventId });
      runInAction(() => {
        this.list = list;
      });
    });
  }

  setTab(tab: AttendeeTab): void {
    this.tab = tab;
  }

  setKeyword(keyword: string): void {
    this.keyword = keyword.trim();
  }

  get rows(): Attendee[] {
    const rows = this.list ? this.list[this.tab] : [];
    return this.keyword ? rows.filter((r) => r.name.includes(this.keyword)) : rows;
  }

  checkInByCode(code: string): Promise<CheckInResult> {
    return this.busy(0, () => call('events.checkIn', { eventId: this.eventId, code }));
  }

  checkIn(signupId: number): Promise<CheckInResult> {
    return this.busy(signupId, () => call('events.checkIn', { eventId: this.eventId, signupId }));
  }

  remove(signupId: number, reason: string): Promise<unknown> {
    return this.busy(signupId, () => call('events.removeSignup', { signupId, reason }));
  }

  private async busy<T>(id: number, fn: () => Promise<T>): Promise<T> {
    this.busyId = id;
    try {
      return await fn();
    } finally {
      await this.load();
      runInAction(() => {
        this.busyId = null;
      });
    }
  }
}
