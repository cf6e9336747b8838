import { makeAutoObservable, runInAction } from 'mobx';
import type { ActionInput, DistrictNode, Me } from '../../../../types';
import { call } from '../../../api/call';
import { careMode } from '../../../lib/care-mode';
import type { LoadState } from '../../../lib/load-state';
import { Resource } from '../../../lib/resource';

/** Who I am and my community, for every page; 关怀模式 itself is a device preference in lib/care-mode. */
export class SessionStore {
  /** me.get: loaded once by the first page that needs it, refreshed by pulling 我的 down, replaced by a save's answer. */
  readonly profile = new Resource(() => call('me.get', {}));
  /** The 旗区 → 街道 → 社区 tree of the community picker: loaded when the picker first opens. */
  readonly communityTree = new Resource(() => call('communities.list', {}));
  saving = false;

  constructor() {
    makeAutoObservable(this, { profile: false, communityTree: false });
  }

  get me(): Me | null {
    return this.profile.data;
  }

  /** The profile read's loading and error, for pages that wait on who I am. */
  get state(): LoadState {
    return this.profile.state;
  }

  get communities(): DistrictNode[] {
    return this.communityTree.data ?? [];
  }

  get careMode(): boolean {
    return careMode.on;
  }

  load(): Promise<boolean> {
    return this.profile.load();
  }

  /** Loads me only when not loaded yet (tab pages call this in useDidShow). */
  ensureLoaded(): Promise<boolean> {
    return this.me ? Promise.resolve(true) : this.load();
  }

  loadCommunities(): Promise<boolean> {
    if (this.communities.length > 0) return Promise.resolve(true);
    return this.communityTree.load();
  }

  /** Saves profile changes; throws ApiError so the form can show the message next to the field. */
  async update(changes: ActionInput<'me.update'>): Promise<void> {
    this.saving = true;
    try {
      this.profile.set(await call('me.update', changes));
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
    this.profile.clear();
    this.communityTree.clear();
  }
}

export const session = new SessionStore();
