import { makeAutoObservable, runInAction } from 'mobx';
import type { ActionInput, DistrictNode, Me } from '../../../types';
import { call } from '../../api/call';
import { careMode } from '../../lib/care-mode';
import { LoadState } from '../../lib/load-state';

/** Who I am and my community; 关怀模式 itself is a device preference in lib/care-mode. */
export class SessionStore {
  me: Me | null = null;
  communities: DistrictNode[] = [];
  saving = false;
  readonly state = new LoadState();
  readonly communitiesState = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false, communitiesState: false });
  }

  get careMode(): boolean {
    return careMode.on;
  }

  get communityId(): number | null {
    return this.me?.community?.id ?? null;
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const me = await call('me.get', {});
      runInAction(() => {
        this.me = me;
      });
    });
  }

  /** Loads me only when not loaded yet (tab pages call this in useDidShow). */
  ensureLoaded(): Promise<boolean> {
    return this.me ? Promise.resolve(true) : this.load();
  }

  loadCommunities(): Promise<boolean> {
    if (this.communities.length > 0) return Promise.resolve(true);
    return this.communitiesState.run(async () => {
      const tree = await call('communities.list', {});
      runInAction(() => {
        this.communities = tree;
      });
    });
  }

  /** Saves profile changes; throws ApiError so the form can show the message next to the field. */
  async update(changes: ActionInput<'me.update'>): Promise<void> {
    this.saving = true;
    try {
      const me = await call('me.update', changes);
      runInAction(() => {
        this.me = me;
      });
    } finally {
      runInAction(() => {
        this.saving = false;
      });
    }
  }

  setCareMode(on: boolean): void {
    careMode.set(on);
  }

  /** Forget who I was (the dev identity switcher changes the caller; tests start clean). */
  reset(): void {
    this.me = null;
    this.communities = [];
  }
}

export const session = new SessionStore();
