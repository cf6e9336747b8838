import { action, computed, makeObservable, observable, runInAction } from 'mobx';
import type { UsageLevel, VenueUsage } from '../../../../types/venues';
import { call } from '../../../api/call';
import { messageOf } from '../../../lib/errors';
import { keyed, Resource } from '../../../lib/resource';
import { shiftMonth } from '../../../lib/time';
import { shareCsv } from '../usage/share-csv';

/**
 * 场所利用率 of one community, street or district; months step back freely and forward up to the current one. The first
 * answer says which month that is, on the server's clock (the device's may already be in the next month).
 */
export class UsageStore extends Resource<VenueUsage> {
  /** The month shown; null until the first answer names the current one. */
  month: string | null = null;
  exporting = false;

  constructor(
    readonly level: UsageLevel,
    readonly placeId: number,
  ) {
    super(() => this.figures());
    makeObservable(this, { month: observable, exporting: observable, isCurrentMonth: computed, monthLabel: computed, step: action });
  }

  get isCurrentMonth(): boolean {
    return !this.data || !this.month || this.month >= this.data.currentMonth;
  }

  get monthLabel(): string {
    if (!this.month) return '';
    const [y, m] = this.month.split('-');
    return `${y}年${Number(m)}月`;
  }

  private async figures(): Promise<VenueUsage> {
    const month = this.month;
    const data = await call('venues.usage', { level: this.level, placeId: this.placeId, ...(month && { month }) });
    if (month !== this.month) return this.figures();
    runInAction(() => (this.month = data.month));
    return data;
  }

  step(by: -1 | 1): void {
    if (!this.month || (by > 0 && this.isCurrentMonth)) return;
    this.month = shiftMonth(this.month, by);
    void this.load();
  }

  /** The month as CSV, saved and handed to WeChat's share sheet (or downloaded in a browser). Resolves to a message. */
  async exportCsv(): Promise<string> {
    if (this.exporting) return '';
    runInAction(() => (this.exporting = true));
    try {
      const data = await call('venues.usage', { level: this.level, placeId: this.placeId, ...(this.month && { month: this.month }), csv: true });
      if (!data.csv) return '导出失败，请重试';
      return await shareCsv(data.csv.fileName, data.csv.text);
    } catch (err) {
      return messageOf(err);
    } finally {
      runInAction(() => (this.exporting = false));
    }
  }
}

export const usageOf = keyed((key: `${UsageLevel}:${number}`) => {
  const [level, id] = key.split(':');
  return new UsageStore(level as UsageLevel, Number(id));
});
