import { action, makeObservable, observable, runInAction } from 'mobx';
import type { ActionInput, RequestDetail } from '../../../../types';
import { call, newRequestId } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { keyed, Resource } from '../../../lib/resource';
import { takeCreated } from './created';

type StepAction = 'requests.withdraw' | 'requests.rate' | 'requests.rateByPhone' | 'requests.claim' | 'requests.accept' | 'requests.review' | 'requests.dispatch' | 'requests.pool' | 'requests.complete';

/** One request as the caller may see it, and the steps they take on it. */
export class DetailStore extends Resource<RequestDetail> {
  busy = false;
  /** The resident's full number, once a worker of the community asked for it (the server audits each reveal). */
  revealedPhone: string | null = null;
  /** One requestId per kind of step, kept until it succeeds: a retry after a lost reply is the same step. */
  private readonly rids = new Map<string, string>();

  constructor(readonly id: number) {
    super(() => call('requests.get', { id }));
    makeObservable(this, { busy: observable, revealedPhone: observable, step: action, decline: action });
  }

  private rid(action: string): string {
    if (!this.rids.has(action)) this.rids.set(action, newRequestId());
    return this.rids.get(action)!;
  }

  /** Runs a step; resolves with an error message, or null when it went through (the detail is then fresh). */
  async step<A extends StepAction>(action: A, payload: ActionInput<A>): Promise<string | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      const detail = (await call(action, payload, { requestId: this.rid(action) })) as RequestDetail;
      this.rids.delete(action);
      this.set(detail);
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

  /** 查看号码 (workers): resolves with an error message, or null once the number is shown. */
  async revealPhone(): Promise<string | null> {
    try {
      const { phone } = await call('requests.revealPhone', { id: this.id });
      runInAction(() => {
        this.revealedPhone = phone;
      });
      return null;
    } catch (err) {
      return messageOf(err);
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

/** The request screens (详情, 派单) share the store of the request they show. */
export const requestDetail = keyed((id: number) => {
  const store = new DetailStore(id);
  const created = takeCreated(id); // the tab's answer to its create, shown at once
  if (created) store.set(created);
  return store;
});
