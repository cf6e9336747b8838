import { makeAutoObservable, runInAction } from 'mobx';
import type { StatsOverview } from '../../../types/requests';
import { call } from '../../api/call';
import { LoadState } from '../../lib/load-state';
import { shanghai, shiftMonth } from '../../lib/time';

const monthOf = (d: Date) => shanghai(d).format('YYYY-MM');

/** One community's month in figures; months step back freely and forward up to the current one. */
export class StatsStore {
  month: string;
  data: StatsOverview | null = null;
  readonly state = new LoadState();

  constructor(
    readonly communityId: number,
    private readonly today: () => Date = () => new Date(),
  ) {
    this.month = monthOf(this.today());
    makeAutoObservable<this, 'today'>(this, { state: false, communityId: false, today: false });
  }

  get isCurrentMonth(): boolean {
    return this.month >= monthOf(this.today());
  }

  get monthLabel(): string {
    const [y, m] = this.month.split('-');
    return `${y}年${Number(m)}月`;
  }

  load(): Promise<boolean> {
    const month = this.month;
    return this.state.run(async () => {
      const data = await call('stats.overview', { communityId: this.communityId, month });
      runInAction(() => {
        if (month === this.month) this.data = data;
      });
    });
  }

  step(by: -1 | 1): void {
    if (by > 0 && this.isCurrentMonth) return;
    this.month = shiftMonth(this.month, by);
    void this.load();
  }
}
