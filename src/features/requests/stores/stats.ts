import { action, computed, makeObservable, observable } from 'mobx';
import type { StatsOverview } from '../../../../types/requests';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { shanghai, shiftMonth } from '../../../lib/time';

const monthOf = (d: Date) => shanghai(d).format('YYYY-MM');

/** One community's month in figures; months step back freely and forward up to the current one. */
export class StatsStore extends Resource<StatsOverview> {
  month: string;

  constructor(
    readonly communityId: number,
    private readonly today: () => Date = () => new Date(),
  ) {
    super(() => this.figures());
    this.month = monthOf(this.today());
    makeObservable(this, { month: observable, isCurrentMonth: computed, monthLabel: computed, open: action, step: action });
  }

  get isCurrentMonth(): boolean {
    return this.month >= monthOf(this.today());
  }

  get monthLabel(): string {
    const [y, m] = this.month.split('-');
    return `${y}年${Number(m)}月`;
  }

  /** The month shown; if the person stepped to another while it was on its way, that one's. */
  private async figures(): Promise<StatsOverview> {
    const month = this.month;
    const data = await call('stats.overview', { communityId: this.communityId, month });
    return month === this.month ? data : this.figures();
  }

  /** The page opens on the current month. */
  open(): Promise<boolean> {
    const month = monthOf(this.today());
    if (month !== this.month) {
      this.month = month;
      this.clear();
    }
    return this.load();
  }

  step(by: -1 | 1): void {
    if (by > 0 && this.isCurrentMonth) return;
    this.month = shiftMonth(this.month, by);
    void this.load();
  }
}

export const communityStats = keyed((communityId: number) => new StatsStore(communityId));
