import { makeAutoObservable, runInAction } from 'mobx';
import type { RequestSummary } from '../../../types/requests';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

/** 我的暖心事: the resident's own requests, the ones waiting for their rating first. */
export class MineStore {
  items: RequestSummary[] = [];
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const items = await call('requests.mine', {});
      runInAction(() => {
        this.items = items;
      });
    });
  }

  get toRate(): RequestSummary[] {
    return this.items.filter((r) => r.status === 'completed');
  }

  get others(): RequestSummary[] {
    return this.items.filter((r) => r.status !== 'completed');
  }
}
