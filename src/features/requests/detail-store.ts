import { makeAutoObservable, runInAction } from 'mobx';
import type { ActionInput, RequestDetail } from '../../../types';
import { call, newRequestId } from '../../api/call';
import { messageOf } from '../../lib/errors';
import { LoadState } from '../../lib/load-state';

type StepAction = 'requests.withdraw' | 'requests.rate' | 'requests.claim' | 'requests.accept' | 'requests.review' | 'requests.dispatch' | 'requests.pool' | 'requests.complete';

/** One request as the caller may see it, and the steps they take on it. */
export class DetailStore {
  detail: RequestDetail | null = null;
  busy = false;
  readonly state = new LoadState();
  /** One requestId per kind of step, kept until it succeeds: a retry after a lost reply is the same step. */
  private readonly rids = new Map<string, string>();

  constructor(readonly id: number) {
    makeAutoObservable<this, 'rids'>(this, { state: false, rids: false, id: false });
  }

  private rid(action: string): string {
    if (!this.rids.has(action)) this.rids.set(action, newRequestId());
    return this.rids.get(action)!;
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const detail = await call('requests.get', { id: this.id });
      runInAction(() => {
        this.detail = detail;
      });
    });
  }

  /** Runs a step; resolves with an error message, or null when it went through (the detail is then fresh). */
  async step<A extends StepAction>(action: A, payload: ActionInput<A>): Promise<string | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      const detail = (await call(action, payload, { requestId: this.rid(action) })) as RequestDetail;
      this.rids.delete(action);
      runInAction(() => {
        this.detail = detail;
      });
      return null;
    } catch (err) {
      // A refusal (e.g. someone else claimed it first) means the request moved on: show what it is now.
      void this.load();
      return messageOf(err);
    } finally {
      runInAction(() => {
        this.busy = false;
      });
    }
  }

  /** 退回: the handler no longer sees it afterwards, so there is no detail to show. */
  async decline(reason: string): Promise<string | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      await call('requests.decline', { id: this.id, reason }, { requestId: this.rid('requests.decline') });
      this.rids.delete('requests.decline');
      return null;
    } catch (err) {
      return messageOf(err);
    } finally {
      runInAction(() => {
        this.busy = false;
      });
    }
  }
}
