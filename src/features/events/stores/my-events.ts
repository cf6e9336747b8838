import { makeAutoObservable, runInAction } from 'mobx';
import type { MyEvents } from '../../../../types/events';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';

export type MineTab = 'upcoming' | 'history';

/** 我的活动: what I am going to, and what I went to (or left). */
export class MyEventsStore {
  data: MyEvents | null = null;
  tab: MineTab = 'upcoming';
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const data = await call('events.mine', {});
      runInAction(() => {
        this.data = data;
      });
    });
  }

  setTab(tab: MineTab): void {
    this.tab = tab;
  }

  get items() {
    return this.data ? this.data[this.tab] : [];
  }
}
