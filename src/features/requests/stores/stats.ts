import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { StatsOverview } from '../../../../types/requests';
import { call } from '../../../api/call';
import { keyed, Resource } from '../../../lib/resource';
import { shiftMonth } from '../../../lib/time';

/**
 * One community's month in figures; months step back freely and forward up to the current one. The page opens on the
 * current month on the server's clock (the device's may already be in the next month), which the answer names.
 */
export class StatsStore extends Resource<StatsOverview> {
  /** The month shown; null: the current one, until the answer names it. */
  month: string | null = null;

  constructor(readonly communityId: number) {
    super(() => this.figures());
    makeObservable(this, { month: observable, isCurrentMonth: computed, monthLabel: computed, open: action, step: action });
  }

  get isCurrentMonth(): boolean {
    return !this.data || !this.month || this.month >= this.data.currentMonth;
  }

  get monthLabel(): string {
    if (!this.month) return '';
    const [y, m] = this.month.split('-');
    return `${y}年${Number(m)}月`;
  }

  /** The month shown; if the person stepped to another while it was on its way, that one's. */
  private async figures(): Promise<StatsOverview> {
    const month = this.month;
    const data = await call('stats.overview', { communityId: this.communityId, ...(month && { month }) });
    if (month !== this.month) return this.figures();
    runInAction(() => (this.month = data.month));
    return data;
  }

  /** The page opens on the current month. */
  open(): Promise<boolean> {
    if (this.month !== this.data?.currentMonth) {
      this.month = null;
      this.clear();
    }
    return this.load();
  }

  step(by: -1 | 1): void {
    if (!this.month || (by > 0 && this.isCurrentMonth)) return;
    this.month = shiftMonth(this.month, by);
    void this.load();
  }
}

export const communityStats = keyed((communityId: number) => new StatsStore(communityId));
