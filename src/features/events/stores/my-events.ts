import { action, computed, makeObservable, observable } from 'mobx';
import type { MyEvents } from '../../../../types/events';
import { call } from '../../../api/call';
import type { MineTab } from '../../../lib/mine-tabs';
import { Resource } from '../../../lib/resource';

export type { MineTab } from '../../../lib/mine-tabs';

/** 我的活动: what I am going to, and what I went to (or left). */
export class MyEventsStore extends Resource<MyEvents> {
  tab: MineTab = 'upcoming';

  constructor() {
    super(() => call('events.mine', {}));
    makeObservable(this, { tab: observable, setTab: action, reset: action, items: computed });
  }

  setTab(tab: MineTab): void {
    this.tab = tab;
  }

  get items() {
    return this.data ? this.data[this.tab] : [];
  }

  /** Forget the list and the tab (a different caller, or a fresh test). */
  reset(): void {
    this.clear();
    this.tab = 'upcoming';
  }
}

export const myEvents = new MyEventsStore();
