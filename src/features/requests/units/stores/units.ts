import { computed, makeObservable } from 'mobx';
import type { UnitsOverview } from '../../../../../types/requests/units';
import { call } from '../../../../api/call';
import { keyed, Resource } from '../../../../lib/resource';

/** 处理单位管理: the units that reach a community (its own, then its street's), stopped ones included. */
export class UnitsStore extends Resource<UnitsOverview> {
  constructor(readonly communityId: number) {
    super(() => call('units.list', { communityId }));
    makeObservable(this, { own: computed, street: computed });
  }

  get own() {
    return this.data?.units.filter((u) => u.scope === 'community') ?? [];
  }

  get street() {
    return this.data?.units.filter((u) => u.scope === 'street') ?? [];
  }
}

export const communityUnits = keyed((communityId: number) => new UnitsStore(communityId));
