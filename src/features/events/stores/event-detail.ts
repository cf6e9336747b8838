import { makeAutoObservable, runInAction } from 'mobx';
import type { EventDetail, SignUpResult } from '../../../../types/events';
import { call, newRequestId } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';
import { askToSubscribe } from '../../../lib/subscribe';

/** One event's detail page: load, join (or the waitlist), cancel, rate. Actions throw ApiError for the page to show. */
export class EventDetailStore {
  event: EventDetail | null = null;
  partySize = 1;
  busy = false;
  readonly state = new LoadState();
  /** Kept until the sign-up succeeds, so a retry or a double tap is the same request. */
  private signUpRequestId: string | null = null;

  constructor(readonly id: number) {
    makeAutoObservable(this, { state: false, id: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const event = await call('events.get', { id: this.id });
      runInAction(() => {
        this.event = event;
        this.partySize = Math.min(this.partySize, event.partyLimit);
      });
    });
  }

  setPartySize(n: number): void {
    const max = this.event?.partyLimit ?? 1;
    this.partySize = Math.max(1, Math.min(max, n));
  }

  async signUp(): Promise<SignUpResult> {
    const waitlist = Boolean(this.event?.actions.joinWaitlist);
    await askToSubscribe(['event']);
    this.signUpRequestId ??= newRequestId();
    return this.act(async () => {
      const res = await call('events.signUp', { eventId: this.id, partySize: this.partySize, waitlist }, { requestId: this.signUpRequestId! });
      runInAction(() => {
        this.signUpRequestId = null;
      });
      return res;
    });
  }

  cancel(): Promise<{ status: 'cancelled' }> {
    return this.act(() => call('events.cancel', { eventId: this.id }));
  }

  rate(score: number, comment: string): Promise<{ score: number }> {
    return this.act(() => call('events.rate', { eventId: this.id, score, comment }));
  }

  /** Runs an action, then reloads whatever happened (a refusal often means the event changed meanwhile). */
  private async act<T>(fn: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      return await fn();
    } finally {
      await this.load();
      runInAction(() => {
        this.busy = false;
      });
    }
  }
}
