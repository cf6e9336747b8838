import { makeAutoObservable, runInAction } from 'mobx';
import type { TodayEvent } from '../../../../types/events';
import { call } from '../../../api/call';
import { LoadState } from '../../../lib/load-state';

/** 工作台 · 今日活动: today's events of the communities I serve and how many have checked in. */
export class TodayStore {
  today = '';
  events: TodayEvent[] = [];
  readonly state = new LoadState();

  constructor() {
    makeAutoObservable(this, { state: false });
  }

  load(): Promise<boolean> {
    return this.state.run(async () => {
      const res = await call('events.today', {});
      runInAction(() => {
        this.today = res.today;
        this.events = res.events;
      });
    });
  }
}
