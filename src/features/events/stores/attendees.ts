import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { Attendee, AttendeeList, CheckInResult } from '../../../../types/events';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';

export type AttendeeTab = 'confirmed' | 'waitlist';

/** A worker's list of one event: seats and waitlist, check-in by code or by name, removal. */
export class AttendeesStore extends Resource<AttendeeList> {
  tab: AttendeeTab = 'confirmed';
  keyword = '';
  busyId: number | null = null;

  constructor(readonly eventId: number) {
    super(() => call('events.attendees', { eventId }));
    makeObservable(this, { tab: observable, keyword: observable, busyId: observable, setTab: action, setKeyword: action, rows: computed });
  }

  setTab(tab: AttendeeTab): void {
    this.tab = tab;
  }

  setKeyword(keyword: string): void {
    this.keyword = keyword.trim();
  }

  get rows(): Attendee[] {
    const rows = this.data ? this.data[this.tab] : [];
    return this.keyword ? rows.filter((r) => r.name.includes(this.keyword)) : rows;
  }

  checkInByCode(code: string): Promise<CheckInResult> {
    return this.busy(0, () => call('events.checkIn', { eventId: this.eventId, code }), (r) => r.attendees);
  }

  checkIn(signupId: number): Promise<CheckInResult> {
    return this.busy(signupId, () => call('events.checkIn', { eventId: this.eventId, signupId }), (r) => r.attendees);
  }

  remove(signupId: number, reason: string): Promise<AttendeeList> {
    return this.busy(signupId, () => call('events.removeSignup', { signupId, reason }), (list) => list);
  }

  /** Runs a worker's action; its answer carries the list as it is now (one call), a refusal reloads it instead. */
  private async busy<T>(id: number, fn: () => Promise<T>, next: (answer: T) => AttendeeList): Promise<T> {
    runInAction(() => {
      this.busyId = id;
    });
    try {
      const answer = await fn();
      this.set(next(answer));
      return answer;
    } catch (err) {
      await this.load();
      throw err;
    } finally {
      runInAction(() => {
        this.busyId = null;
      });
    }
  }
}

/** 报名名单与签到 of an event, one store per event. */
export const eventAttendees = keyed((eventId: number) => new AttendeesStore(eventId));
