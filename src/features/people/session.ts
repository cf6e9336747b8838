import Taro from '@tarojs/taro';
import { makeAutoObservable, runInAction } from 'mobx';
import type { ActionInput, DistrictNode, Me } from '../../../types';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';

const CARE_KEY = 'nx.careMode';

/** Who I am, my community, and device preferences (关怀模式). */
export class SessionStore {
  me: Me | null = null;
  communities: DistrictNode[] = [];
  careMode = false;
  saving = false;
  readonly state = new LoadState();
  readonly communitiesState = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false, communitiesState: false });
    this.careMode = Taro.getStorageSync(CARE_KEY) === true;
  }

  get isStaff(): boolean {
    return this.me?.role === 'worker' || this.me?.role === 'admin';
  }

  get isHandler(): boolean {
    return this.me?.role === 'handler' || this.me?.role === 'admin';
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
    this.careMode = on;
    Taro.setStorageSync(CARE_KEY, on);
  }

  /** Forget who I was (the dev identity switcher changes the caller; tests start clean). */
  reset(): void {
    this.me = null;
    this.communities = [];
  }
}

export const session = new SessionStore();
