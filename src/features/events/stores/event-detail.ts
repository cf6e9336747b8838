import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { EventDetail, SignUpResult } from '../../../../types/events';
import { call, newRequestId } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { askToSubscribe } from '../../messages/seam';

/**
 * One event's detail page: load, join (or the waitlist), cancel, rate; a worker cancels the event. Actions throw
 * ApiError for the page to show.
 */
export class EventDetailStore extends Resource<EventDetail> {
  /** The party size chosen on the stepper (shown within the event's limit). */
  party = 1;
  busy = false;
  /** Kept until the sign-up succeeds, so a retry or a double tap is the same request. */
  private signUpRequestId: string | null = null;

  constructor(readonly id: number) {
    super(() => call('events.get', { id }));
    makeObservable<EventDetailStore, 'signUpRequestId'>(this, {
      party: observable,
      busy: observable,
      signUpRequestId: observable,
      partySize: computed,
      setPartySize: action,
    });
  }

  get partySize(): number {
    return this.data ? Math.min(this.party, this.data.partyLimit) : this.party;
  }

  setPartySize(n: number): void {
    const max = this.data?.partyLimit ?? 1;
    this.party = Math.max(1, Math.min(max, n));
  }

  async signUp(): Promise<SignUpResult> {
    const waitlist = Boolean(this.data?.actions.joinWaitlist);
    await askToSubscribe(['event']);
    runInAction(() => {
      this.signUpRequestId ??= newRequestId();
    });
    const res = await this.act(() => call('events.signUp', { eventId: this.id, partySize: this.partySize, waitlist }, { requestId: this.signUpRequestId! }), (r) => r.event);
    runInAction(() => {
      this.signUpRequestId = null;
    });
    return res;
  }

  cancel(): Promise<EventDetail> {
    return this.act(() => call('events.cancel', { eventId: this.id }), (e) => e);
  }

  rate(score: number, comment: string): Promise<EventDetail> {
    return this.act(() => call('events.rate', { eventId: this.id, score, comment }), (e) => e);
  }

  /** A worker cancels this occurrence, or this and every later one of its series, for a reason residents are told. */
  cancelEvent(reason: string, scope: 'one' | 'future'): Promise<{ eventIds: number[]; notified: number }> {
    return call('events.cancelEvent', { id: this.id, reason, scope });
  }

  /**
   * Runs an action whose answer carries the event as it is now (one call); a refusal reloads it instead, since a
   * refusal often means the event changed meanwhile.
   */
  private async act<T>(fn: () => Promise<T>, next: (answer: T) => EventDetail): Promise<T> {
    runInAction(() => {
      this.busy = true;
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
        this.busy = false;
      });
    }
  }
}

/** 活动详情, one store per event: coming back to an event shows it at once and refreshes behind it. */
export const eventDetail = keyed((id: number) => new EventDetailStore(id));
