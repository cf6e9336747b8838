import { computed, makeObservable } from 'mobx';
import { ENDED_STATUSES, type RequestSummary } from '../../../../types/requests/models';
import { call } from '../../../api/call';
import { Resource } from '../../../lib/resource';

/** 我的暖心事: the resident's own requests, the ones waiting for their rating first; the tab counts them. */
export class MineStore extends Resource<RequestSummary[]> {
  constructor() {
    super(() => call('requests.mine', {}));
    makeObservable(this, { items: computed, toRate: computed, others: computed, openCount: computed });
  }

  get items(): RequestSummary[] {
    return this.data ?? [];
  }

  get toRate(): RequestSummary[] {
    return this.items.filter((r) => r.status === 'completed');
  }

  get others(): RequestSummary[] {
    return this.items.filter((r) => r.status !== 'completed');
  }

  /** Still being handled: not done, withdrawn or closed. */
  get openCount(): number {
    return this.items.filter((r) => !ENDED_STATUSES.includes(r.status)).length;
  }
}

export const myRequests = new MineStore();
