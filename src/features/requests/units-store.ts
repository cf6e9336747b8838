import { makeAutoObservable, runInAction } from 'mobx';
import type { UnitsOverview } from '../../../types/requests/units';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

/** 处理单位管理: the units that reach a community (its own, then its street's), stopped ones included. */
export class UnitsStore {
  overview: UnitsOverview | null = null;
  readonly state = new LoadState();

  constructor(readonly communityId: number) {
    makeAutoObservable(this, { state: false, communityId: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const overview = await call('units.list', { communityId: this.communityId });
      runInAction(() => (this.overview = overview));
    });
  }

  get own() {
    return this.overview?.units.filter((u) => u.scope === 'community') ?? [];
  }

  get street() {
    return this.overview?.units.filter((u) => u.scope === 'street') ?? [];
  }
}
